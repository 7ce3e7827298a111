// The window's file handling as a user meets it (offscreen platform): opening resumes at the
// saved page, the title shows the file and an unsaved mark, Save writes the file, closing or
// opening over unsaved work asks first and Cancel loses nothing, a broken file is reported and
// changes nothing, and work a crashed session left behind is offered at the next start.
// With P2P_SCREENSHOT_DIR set, saves PNGs of the dialogs for a human to look at.
#include "model/FieldId.h"
#include "gui/MainWindow.h"
#include "PageId.h"
#include "model/Presets.h"
#include "gui/RecentFiles.h"
#include "file/RecoveryStore.h"
#include "model/SectionCatalog.h"
#include "file/SetupDocument.h"
#include "file/SetupFile.h"
#include "model/SetupModel.h"
#include "gui/SetupWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
QString F(const char* id) { return QString::fromLatin1(id); }

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("P2P_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Answers the next message box by clicking the button whose text contains `buttonText`
// (or the standard button), and records the box's text.
struct Answer {
    Answer(const QString& button, QMessageBox::StandardButton standardButton, const QString& shotName = {})
        : buttonText(button)
        , standard(standardButton)
        , shot(shotName)
    {
    }
    QString buttonText;
    QMessageBox::StandardButton standard = QMessageBox::NoButton;
    QString shot;
    QString seenText;
    bool seen = false;
};

void answerNextBox(Answer* answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            answerNextBox(answer); // not shown yet: try again on the next turn of the event loop
            return;
        }
        answer->seen = true;
        answer->seenText = box->text() + QLatin1Char('\n') + box->informativeText();
        saveShot(box, answer->shot);
        QAbstractButton* button = answer->standard != QMessageBox::NoButton ? box->button(answer->standard) : nullptr;
        for (QAbstractButton* candidate : box->buttons()) {
            if (!button && candidate->text().remove(QLatin1Char('&')).contains(answer->buttonText))
                button = candidate;
        }
        QVERIFY2(button, qPrintable(answer->buttonText));
        button->click();
    });
}

QString writeSetup(const QString& path, const QString& institution, const QString& page)
{
    SetupData data = Presets::create(F(Presets::Wrlc));
    data.fields.insert(F(FieldId::Institution), institution);
    data.currentPage = page;
    const auto failed = SetupFile::save(path, data);
    return failed ? failed->message() : QString();
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
    QStandardPaths::setTestModeEnabled(true); // recent files go to a test settings file
    QCoreApplication::setOrganizationName(QStringLiteral("alma-p2p-wizard-tests"));
}

void TestFilesGui::openResumesWhereLeft()
{
    const QString path = m_dir.filePath(QStringLiteral("resume.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Resume University"), Sections::key(SectionId::Partners)), QString());

    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QCOMPARE(window.wizard()->currentId(), Pages::idOf(SectionId::Partners));
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Resume University"));
    QCOMPARE(RecentFiles::list().value(0), QFileInfo(path).absoluteFilePath());
    // Back goes to the introduction, whose fields show the file's values.
    window.wizard()->jumpTo(Pages::idOf(PageId::Introduction));
    auto* institution = window.findChild<QLineEdit*>(F(FieldId::Institution));
    QCOMPARE(institution->text(), QStringLiteral("Resume University"));
}

void TestFilesGui::titleShowsNameAndUnsavedMark()
{
    const QString path = m_dir.filePath(QStringLiteral("title.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Title U"), QStringLiteral("introduction")), QString());
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Untitled[*]")));
    QVERIFY(window.openFile(path));
    QVERIFY2(window.windowTitle().startsWith(QStringLiteral("title.p2p.json[*]")), qPrintable(window.windowTitle()));
    QVERIFY(!window.isWindowModified());

    auto* institution = window.findChild<QLineEdit*>(F(FieldId::Institution));
    institution->setFocus();
    QTest::keyClicks(institution, QStringLiteral(" Libraries"));
    QVERIFY(window.isWindowModified());
    QVERIFY(window.save());
    QVERIFY(!window.isWindowModified());
    const auto reread = SetupFile::load(path);
    QVERIFY(reread.document);
    QCOMPARE(reread.document->data.fields.value(F(FieldId::Institution)).toString(), QStringLiteral("Title U Libraries"));
}

void TestFilesGui::closeAsksAndCancelKeepsWork()
{
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    model.setField(F(FieldId::Institution), QStringLiteral("Unsaved U"));

    Answer cancel { QString(), QMessageBox::Cancel, QStringLiteral("dialog-unsaved-changes") };
    answerNextBox(&cancel);
    QVERIFY(!window.close());
    QVERIFY(cancel.seen);
    QVERIFY2(cancel.seenText.contains(QStringLiteral("before quitting")), qPrintable(cancel.seenText));
    QVERIFY(window.isVisible());
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Unsaved U"));

    // Opening another file over unsaved work asks too; Cancel keeps the work.
    const QString other = m_dir.filePath(QStringLiteral("other.p2p.json"));
    QCOMPARE(writeSetup(other, QStringLiteral("Other U"), QStringLiteral("introduction")), QString());
    Answer cancelOpen { QString(), QMessageBox::Cancel };
    answerNextBox(&cancelOpen);
    QVERIFY(!window.openFile(other));
    QVERIFY(cancelOpen.seen);
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Unsaved U"));

    Answer discard { QString(), QMessageBox::Discard };
    answerNextBox(&discard);
    QVERIFY(window.close());
    QVERIFY(discard.seen);
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
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    model.setField(F(FieldId::Institution), QStringLiteral("Keep me"));
    document.saveAs(m_dir.filePath(QStringLiteral("kept.p2p.json")));

    Answer ok { QString(), QMessageBox::Ok, QStringLiteral("dialog-cannot-open") };
    answerNextBox(&ok);
    QVERIFY(!window.openFile(path));
    QVERIFY(ok.seen);
    QVERIFY2(ok.seenText.contains(QStringLiteral("fields[\"setup.institution\"]")), qPrintable(ok.seenText));
    QVERIFY(ok.seenText.contains(QStringLiteral("broken.p2p.json")));
    QCOMPARE(model.text(F(FieldId::Institution)), QStringLiteral("Keep me"));
    QCOMPARE(document.displayName(), QStringLiteral("kept.p2p.json"));
}

void TestFilesGui::saveAndContinueLaterClosesWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("later.p2p.json"));
    QCOMPARE(writeSetup(path, QStringLiteral("Later U"), QStringLiteral("introduction")), QString());
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openFile(path));
    window.wizard()->jumpTo(Pages::idOf(SectionId::Jobs));
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

    SetupModel model;
    RecoveryStore recovery(recoveryDir.path());
    SetupDocument document(&model, &recovery);
    MainWindow window(&document);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Answer restore { QStringLiteral("Restore"), QMessageBox::NoButton, QStringLiteral("dialog-restore") };
    answerNextBox(&restore);
    window.offerRecovery();
    QVERIFY(restore.seen);
    QVERIFY2(restore.seenText.contains(QStringLiteral("crashed.p2p.json")), qPrintable(restore.seenText));

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
    SetupModel model;
    SetupDocument document(&model, nullptr);
    MainWindow window(&document);
    window.show();
    QVERIFY(window.openFile(path));
    for (const QString& name : { QStringLiteral("r.pdf"), QStringLiteral("r.html"), QStringLiteral("r.md") }) {
        QVERIFY(window.exportReportTo(m_dir.filePath(name)));
        QVERIFY(QFileInfo(m_dir.filePath(name)).size() > 1000);
    }
    QFile html(m_dir.filePath(QStringLiteral("r.html")));
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QByteArray text = html.readAll();
    QVERIFY(text.contains("Report U"));
    QVERIFY(text.contains("report-source.p2p.json"));
    // A failed export says why and writes nothing.
    Answer ok { QString(), QMessageBox::Ok };
    answerNextBox(&ok);
    QVERIFY(!window.exportReportTo(m_dir.filePath(QStringLiteral("missing/r.pdf"))));
    QVERIFY(ok.seen);
    QVERIFY(ok.seenText.contains(QStringLiteral("does not exist")));
}

QTEST_MAIN(TestFilesGui)
#include "tst_filesgui.moc"
