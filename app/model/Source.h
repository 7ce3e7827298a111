#pragma once

#include <QString>

// Where a name, code or value the program shows comes from. The staff guide's tables and images
// were lost, so many names in them are the program's suggestions; staff must be able to tell a
// suggestion from what the guide or Ex Libris says (docs/sources.md lists every one).
enum class Source {
    Guide, // the staff guide (spec/p2p-guide.txt)
    ExLibris, // Ex Libris' API contract (../shared/alma-api) or documentation (Knowledge Center)
    Public, // another public source: a consortium's documentation, the domain notes (DOMAIN.md, rebuilt
            // from public sources)
    Suggestion, // the program's suggestion: no public source
};

struct Sourced {
    const char* value;
    Source source = Source::Suggestion;
    const char* where = nullptr; // the guide's words or the contract's file, for the tooltip and docs

    QString text() const { return QString::fromUtf8(value); }
    bool isSuggestion() const { return source == Source::Suggestion; }
};

namespace Sources {
// "suggested: no public source" or "from the staff guide: …", for tooltips.
QString describe(Source source, const char* where);
inline QString describe(const Sourced& s)
{
    return describe(s.source, s.where);
}
} // namespace Sources
