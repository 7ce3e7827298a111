#include "PageId.h"

std::optional<SectionId> Pages::sectionOf(int pageId)
{
    const int index = pageId - int(PageId::FirstSection);
    if (index < 0 || index >= Sections::Count)
        return std::nullopt;
    return Sections::all().at(index);
}

QString Pages::pageName(int pageId)
{
    if (pageId == int(PageId::Introduction))
        return QStringLiteral("introduction");
    if (pageId == int(PageId::Summary))
        return QStringLiteral("summary");
    const std::optional<SectionId> s = sectionOf(pageId);
    return s ? Sections::key(*s) : QString();
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
