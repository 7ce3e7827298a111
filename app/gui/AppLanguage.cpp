#include "gui/AppLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
const QString Key = QStringLiteral("language");
} // namespace

QStringList AppLanguage::available()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") };
}

QString AppLanguage::nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString AppLanguage::chosen()
{
    const QString code = QSettings().value(Key).toString();
    return available().contains(code) ? code : QString();
}

void AppLanguage::choose(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(Key);
    else
        settings.setValue(Key, code);
}

QLocale AppLanguage::locale()
{
    const QString code = chosen();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

void AppLanguage::install(QCoreApplication& app, const QLocale& locale, const QString& directory)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // English plural forms first ("1 error", "2 errors"), so a language without its own
    // translation of a %n message still reads well; the chosen language, installed last, wins.
    auto* plurals = new QTranslator(&app);
    if (plurals->load(directory + QStringLiteral("/alma-p2p-wizard_en.qm")))
        QCoreApplication::installTranslator(plurals);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("alma-p2p-wizard"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(own);
}
