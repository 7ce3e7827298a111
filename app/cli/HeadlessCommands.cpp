#include "HeadlessCommands.h"

#include "FieldId.h"
#include "Presets.h"
#include "SetupFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>

namespace {
constexpr char NewCommand[] = "new";
} // namespace

HeadlessCommands::HeadlessCommands(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

bool HeadlessCommands::isCommand(const QString& word) { return word == QLatin1String(NewCommand); }

QString HeadlessCommands::summary()
{
    return tr("  new FILE [--preset wrlc|blank] [--institution NAME]\n"
              "                          write a new setup file without opening a window\n");
}

int HeadlessCommands::run(const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String(NewCommand))
        return runNew(arguments);
    m_err << tr("Unknown command: %1").arg(arguments.value(0)) << Qt::endl;
    return BadInput;
}

int HeadlessCommands::runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a new setup file, ready to be opened with alma-p2p-wizard FILE."));
    parser.addHelpOption();
    const QCommandLineOption preset(QStringLiteral("preset"),
        tr("Start from PRESET: \"wrlc\" (WRLC AFN/CLS: main library, CLSBORR, CLSLEND) or \"blank\" (the guide's "
           "suggestions, no institution codes). Default: blank."),
        tr("PRESET"), QString::fromLatin1(Presets::Blank));
    const QCommandLineOption institution(
        QStringLiteral("institution"), tr("The institution the setup is for."), tr("NAME"));
    parser.addOption(preset);
    parser.addOption(institution);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The setup file to create; it must not exist yet."));

    QStringList argv = arguments;
    argv[0] = QCoreApplication::applicationName() + QLatin1Char(' ') + arguments.constFirst();
    if (!parser.parse(argv)) {
        m_err << parser.errorText() << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        m_err << tr("Usage: %1 new FILE [--preset wrlc|blank] [--institution NAME]")
                     .arg(QCoreApplication::applicationName())
              << Qt::endl;
        return BadInput;
    }
    const QString presetKey = parser.value(preset);
    if (!Presets::isKnown(presetKey)) {
        m_err << tr("Unknown preset \"%1\"; choose one of: %2")
                     .arg(presetKey, Presets::keys().join(QLatin1String(", ")))
              << Qt::endl;
        return BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        m_err << tr("%1 already exists; it was left as it is. Choose another name, or open it with %2 %1.")
                     .arg(path, QCoreApplication::applicationName())
              << Qt::endl;
        return Failed;
    }

    SetupData data = Presets::create(presetKey);
    if (parser.isSet(institution))
        data.fields.insert(QString::fromLatin1(FieldId::Institution), parser.value(institution));
    if (const auto failed = SetupFile::save(path, data)) {
        m_err << failed->message() << Qt::endl;
        return Failed;
    }
    m_out << tr("Created %1 (preset %2).").arg(path, presetKey) << Qt::endl;
    return Success;
}
