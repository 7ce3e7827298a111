// The window's file handling as a user meets it (offscreen platform): opening resumes at the
// saved page, the title shows the file and an unsaved mark, Save writes the file, closing or
// opening over unsaved work asks first and Cancel loses nothing, a broken file is reported and
// changes nothing, and work a crashed session left behind is offered at the next start. File and
// message dialogs are answered through their seams (Dialogs); Open, Save As and Export are
// driven by their keys. With P2P_SCREENSHOT_DIR set, saves PNGs of the dialogs.
#include "Dialogs.h"
#include "GuiFixture.h"
#include "PageId.h"
#include "file/RecoveryStore.h"
#include "file/SetupDocument.h"
#include "file/SetupFile.h"
#include "gui/MainWindow.h"
#include "gui/RecentFiles.h"
#include "gui/SetupWizard.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SectionCatalog.h"
#include "model/SetupModel.h"

#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString F(const char* id)
{
    return QString::fromLatin1(id);
}

QString writeSetup(const QString& path, const QString& institution, const QString& page)
{
    SetupData data = Presets::create(F(Presets::Wrlc));
    data.fields.insert(F(FieldId::Institution), institution);
    data.currentPage = page;
    const auto failed = SetupFile::save(path, data);
    return failed ? failed->message() : QString();
}

QString shownText()
{
    return Dialogs::takeShown().join(QLatin1Char('\n'));
}
} // namespace

class TestFilesGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openResumesWhereLeft();
    void titleShowsNameAndUnsavedMark();
    void closeAsksAndCancelKeepsWork();
    void openBrokenFileChangesNothing();
    void saveAndContinueLaterClosesWindow();
    void crashedWorkIsOffered();
    void exportsTheReport();

private:
    QTemporaryDir m_dir;
};

void TestFilesGui::initTestCase()
{
    GuiFixture::initTestCase();
}

void TestFilesGui::openResumesWhereLeft()
{
    const QString path = m_dir.filePath(QStringLiteral("resume.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Resume University"), Sections::key(SectionId::Partners)), QString());

    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    Dialogs::setNextFileName(path);
    QTest::keySequence(&window, QKeySequence::Open); // File > Open…
    QCOMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::Partners));
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Resume University"));
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
    QCOMPARE(RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
    // Back goes to the introduction, whose fields show the file's values.
    window.wizard()->goTo(Pages::idOf(PageId::Introduction));
    auto* institution = window.findChild<QLineEdit*>(F(FieldId::Institution));
    QCOMPARE(institution->text(), QStringLiteral("Resume University"));
}

void TestFilesGui::titleShowsNameAndUnsavedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Title U"), QStringLiteral("introduction")), QString());
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled[*]")));
    QVERIFY(window.openFile(path));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("title.p2p.json[*]")), qPrintable(window.windowTitle()));
    QVERIFY(!window.isWindowModified());

    auto* institution = window.findChild<QLineEdit*>(F(FieldId::Institution));
    institution->setFocus();
    QTest::keyClicks(institution, QStringLiteral(" Libraries"));
    QVERIFY(window.isWindowModified());
    QTest::keySequence(&window, QKeySequence::Save);
    QVERIFY(!window.isWindowModified());
    const auto reread = SetupFile::load(path);
    QVERIFY(reread.document);
    QCOMPARE(
        reread.document->data.fields.value(F(FieldId::Institution)).toString(), QStringLiteral("Title U Libraries"));

    // Save As… writes a new file and the title follows it.
    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    Dialogs::setNextFileName(copy);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // File > Save As…
    QVERIFY(QFileInfo::exists(copy + QLatin1String(SetupFile::Suffix))); // the suffix is added
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("copy.p2p.json[*]")), qPrintable(window.windowTitle()));
    // Cancelling Save As changes nothing.
    Dialogs::setNextFileName(QString());
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)); // File > Save As…
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("copy.p2p.json[*]")));
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
}

void TestFilesGui::closeAsksAndCancelKeepsWork()
{
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    model.setField(F(FieldId::Institution), QStringLiteral("Unsaved U"));

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window.close());
    QVERIFY(shownText().contains(QStringLiteral("before quitting")));
    QVERIFY(window.isVisible());
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Unsaved U"));

    // Opening another file over unsaved work asks too; Cancel keeps the work.
    const QString other = m_dir.filePath(QStringLiteral("other.p2p.json"));
    QCOMPARE(writeSetup(other, QStringLiteral("Other U"), QStringLiteral("introduction")), QString());
    Dialogs::setNextFileName(other);
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QTest::keySequence(&window, QKeySequence::Open);
    QVERIFY(shownText().contains(QStringLiteral("before opening another setup")));
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Unsaved U"));

    Dialogs::setNextAnswer(QMessageBox::Discard);
    QVERIFY(window.close());
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
}

void TestFilesGui::openBrokenFileChangesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.p2p.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"alma-p2p-wizard/setup\", \"version\": 1, \"fields\": {\"setup.institution\": 5}, "
                   "\"sections\": {}}");
    }
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    model.setField(F(FieldId::Institution), QStringLiteral("Keep me"));
    gui.document().saveAs(m_dir.filePath(QStringLiteral("kept.p2p.json")));

    Dialogs::setNextFileName(path);
    QTest::keySequence(&window, QKeySequence::Open);
    const QString seen = shownText();
    QVERIFY2(seen.contains(QStringLiteral("fields[\"setup.institution\"]")), qPrintable(seen));
    QVERIFY(seen.contains(QStringLiteral("broken.p2p.json")));
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Keep me"));
    QCOMPARE(gui.document().displayName(), QStringLiteral("kept.p2p.json"));
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
}

void TestFilesGui::saveAndContinueLaterClosesWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("later.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Later U"), QStringLiteral("introduction")), QString());
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    QVERIFY(window.openFile(path));
    window.wizard()->goTo(Pages::idOf(SectionId::Jobs));
    model.setStepDone(SectionId::Jobs, SectionCatalog::section(SectionId::Jobs).steps.constFirst().key(), true);
    window.saveAndContinueLater();
    QVERIFY(!window.isVisible());
    const auto reread = SetupFile::load(path);
    QVERIFY(reread.document);
    QCOMPARE(reread.document->data.currentPage, Sections::key(SectionId::Jobs));
    QVERIFY(SetupModel::statusOf(reread.document->data, SectionId::Jobs) == SectionStatus::Done);
}

void TestFilesGui::crashedWorkIsOffered()
{
    QTemporaryDir recoveryDir;
    const QString source = m_dir.filePath(QStringLiteral("crashed.p2p.json"));
    QCOMPARE(writeSetup(source, QStringLiteral("Before the crash"), QStringLiteral("introduction")), QString());
    SetupData unsaved = Presets::create(F(Presets::Wrlc));
    unsaved.fields.insert(F(FieldId::Institution), QStringLiteral("Typed before the crash"));
    unsaved.currentPage = Sections::key(SectionId::RotaTemplate);
    {
        // A session that wrote its copy and ended without clearing it (its lock is gone, as
        // when its process dies).
        RecoveryStore crashed(recoveryDir.path());
        QVERIFY(crashed.write(unsaved, {}, source));
    }

    RecoveryStore recovery(recoveryDir.path());
    GuiFixture gui(&recovery);
    QVERIFY(gui.show(1280, 720));
    MainWindow& window = gui.window();
    SetupModel& model = gui.model();
    SetupDocument& document = gui.document();
    Dialogs::setNextAnswer(QMessageBox::Yes); // Restore
    window.offerRecovery();
    const QString seen = shownText();
    QVERIFY2(seen.contains(QStringLiteral("crashed.p2p.json")), qPrintable(seen));

    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Typed before the crash"));
    QCOMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::RotaTemplate));
    QCOMPARE(document.filePath(), QFileInfo(source).absoluteFilePath());
    QVERIFY(document.isModified()); // restored work is not saved until the user saves it
    QVERIFY(window.isWindowModified());
    QCOMPARE(recovery.orphans().size(), 0); // taken over by this session
    QVERIFY(recovery.hasCopy());
    QVERIFY(window.save());
    QCOMPARE(SetupFile::load(source).document->data.fields.value(F(FieldId::Institution)).toString(),
        QStringLiteral("Typed before the crash"));
    QVERIFY(!recovery.hasCopy());
}

void TestFilesGui::exportsTheReport()
{
    const QString path = m_dir.filePath(QStringLiteral("report-source.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Report U"), QStringLiteral("summary")), QString());
    GuiFixture gui;
    QVERIFY(gui.show());
    MainWindow& window = gui.window();
    QVERIFY(window.openFile(path));
    for (const QString& name : { QStringLiteral("r.pdf"), QStringLiteral("r.html"), QStringLiteral("r.md") }) {
        Dialogs::setNextFileName(m_dir.filePath(name));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_E)); // File > Export Report…
        QVERIFY(QFileInfo(m_dir.filePath(name)).size() > 1000);
    }
    QFile html(m_dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.contains("Report U"));
    QVERIFY(text.contains("report-source.p2p.json"));
    // A failed export says why and writes nothing.
    Dialogs::takeShown();
    Dialogs::setNextFileName(m_dir.filePath(QStringLiteral("missing/r.pdf")));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(shownText().contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("missing/r.pdf"))));
    QCOMPARE(gui.unexpectedDialogs(), QStringList());
}

QTEST_MAIN(TestFilesGui)
#include "tst_filesgui.moc"
