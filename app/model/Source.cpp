#include "model/Source.h"

#include <QCoreApplication>

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sources)
};
} // namespace

QString Sources::describe(Source source, const char* where)
{
    const QString detail = where ? QString::fromUtf8(where) : QString();
    switch (source) {
    case Source::Guide:
        return detail.isEmpty() ? Text::tr("From the staff guide.") : Text::tr("From the staff guide: %1").arg(detail);
    case Source::ExLibris:
        return detail.isEmpty() ? Text::tr("From Ex Libris' documentation.")
                                : Text::tr("From Ex Libris: %1").arg(detail);
    case Source::Public:
        return detail.isEmpty() ? Text::tr("From a public source.") : Text::tr("From a public source: %1").arg(detail);
    case Source::Suggestion:
        break;
    }
    return detail.isEmpty()
        ? Text::tr("Suggested by this program: no public source gives it. Use your institution's own value.")
        : Text::tr("Suggested by this program (%1). Use your institution's own value.").arg(detail);
}
