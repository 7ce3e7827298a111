#include "PageId.h"

bool Pages::sectionOf(int pageId, SectionId* section)
{
    const int index = pageId - int(PageId::FirstSection);
    if (index < 0 || index >= Sections::Count)
        return false;
    *section = Sections::all().at(index);
    return true;
}

QString Pages::pageName(int pageId)
{
    if (pageId == int(PageId::Introduction))
        return QStringLiteral("introduction");
    if (pageId == int(PageId::Summary))
        return QStringLiteral("summary");
    SectionId s;
    return sectionOf(pageId, &s) ? Sections::key(s) : QString();
}

int Pages::pageIdFromName(const QString& name)
{
    if (name == QLatin1String("introduction"))
        return int(PageId::Introduction);
    if (name == QLatin1String("summary"))
        return int(PageId::Summary);
    const auto s = Sections::fromKey(name);
    return s ? idOf(*s) : -1;
}
