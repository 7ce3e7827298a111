#pragma once

#include "model/SectionId.h"

#include <QString>

// Fixed page ids (QWizard::setPage). Files store pageName(), never the number.
enum class PageId : int {
    Introduction = 0,
    FirstSection = 1, // SectionId n is page FirstSection + n
    Summary = FirstSection + Sections::Count,
};

namespace Pages {
inline int idOf(SectionId s)
{
    return int(PageId::FirstSection) + Sections::index(s);
}
inline int idOf(PageId p)
{
    return int(p);
}
// The section shown by a page id, if it is a section page.
std::optional<SectionId> sectionOf(int pageId);
QString pageName(int pageId);
// -1 when the name is unknown.
int pageIdFromName(const QString& name);
} // namespace Pages
