#include "PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

bool installPluralForms()
{
    static QTranslator translator;
    if (!translator.load(QStringLiteral(P2P_PLURAL_QM)))
        return false;
    return QCoreApplication::installTranslator(&translator);
}
