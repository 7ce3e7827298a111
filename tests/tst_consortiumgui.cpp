// The consortium window as a coordinator uses it: open a roster with its members' setup files
// next to it, move through the matrix with the arrow keys and read why a pair has its state and
// what each side must change, edit a member, and never lose unsaved work on closing. With
// P2P_SCREENSHOT_DIR set, saves screenshots of both tabs for 9 and 100 members.
#include "ConsortiumRosters.h"
#include "Dialogs.h"
#include "GuiFixture.h"
#include "api/MemberKeys.h"
#include "cli/ConsortiumSandbox.h"
#include "consortium/MemberSetupFiles.h"
#include "consortium/MemberSetupGenerator.h"
#include "consortium/RosterFile.h"
#include "file/SetupFile.h"
#include "gui/ConsortiumWindow.h"
#include "itemmodels/ReciprocityMatrixModel.h"
#include "itemmodels/RosterTableModel.h"
#include "model/Presets.h"
#include "sandbox/AlmaSandbox.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

namespace {
Roster roster(int members)
{
    return ConsortiumRosters::make(members);
}

// The roster and each member's generated setup in `dir`; L002 lacks its record of L003 and
// L004's record of L001 is inactive. Returns the roster's path.
QString writeConsortium(const QDir& dir, const Roster& r)
{
    const QString path = dir.filePath(QStringLiteral("test.consortium.json"));
    if (RosterFile::save(path, r))
        return {};
    for (const RosterMember& m : r.members) {
        SetupData d = MemberSetupGenerator::generate(Presets::create(QLatin1String(Presets::Blank)), r, m);
        for (qsizetype i = d.partners.size() - 1; i >= 0; --i) {
            if (m.code() == QLatin1String("L002") && d.partners.at(i).code == QLatin1String("L003"))
                d.partners.removeAt(i);
            else if (m.code() == QLatin1String("L004") && d.partners.at(i).code == QLatin1String("L001"))
                d.partners[i].status = QStringLiteral("INACTIVE");
        }
        if (SetupFile::save(dir.filePath(MemberSetupFiles::fileName(m)), d))
            return {};
    }
    return path;
}
} // namespace

class TestConsortiumGui : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { GuiFixture::initTestCase(); }
    void cleanup() { QCOMPARE(Dialogs::takeUnexpected(), QStringList()); }
    void arrowKeysWalkThePairs();
    void editingAMemberChecksAgainAndAsksBeforeClosing();
    void badRosterIsRefused();
    void importAsksBeforeReplacingMembers();
    void checkInAlmaReadsTheMembersWithKeys();
    void checkInAlmaCanBeCancelled();
    void checkInAlmaSaysWhyAKeyWasNotSent();
    void screenshots_data();
    void screenshots();
};

void TestConsortiumGui::arrowKeysWalkThePairs()
{
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), roster(9));
    QVERIFY(!path.isEmpty());
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(1);
    QTableView* matrix = window.matrixView();
    QCOMPARE(matrix->model()->rowCount(), 9);
    matrix->setFocus();
    matrix->setCurrentIndex(matrix->model()->index(1, 0)); // L002 borrowing from L001
    QVERIFY(window.details()->toPlainText().contains(QStringLiteral("L002 borrowing from L001: ok.")));
    QTest::keyClick(matrix, Qt::Key_Right); // from L002 itself
    QTest::keyClick(matrix, Qt::Key_Right); // from L003: L002 has no record of it
    QCOMPARE(matrix->currentIndex(), matrix->model()->index(1, 2));
    const QString details = window.details()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("L002 borrowing from L003: one-sided.")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("L002 has no partner record of L003")));
    QVERIFY2(details.contains(QStringLiteral("Add partner L003 (Library 3)")), qPrintable(details));
    QCOMPARE(matrix->currentIndex().data().toString(), QStringLiteral("1"));
    QVERIFY(matrix->currentIndex().data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("one-sided")));
    QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_Left);
    QTest::keyClick(matrix, Qt::Key_Left); // L004 borrowing from L001: L004's record of L001 is inactive
    QVERIFY2(window.details()->toPlainText().contains(QStringLiteral("inactive")),
        qPrintable(window.details()->toPlainText()));
    QVERIFY(window.details()->toPlainText().contains(QStringLiteral("Set partner L001's Status to ACTIVE.")));
    QVERIFY(!window.isWindowModified());
}

void TestConsortiumGui::editingAMemberChecksAgainAndAsksBeforeClosing()
{
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), roster(4));
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    auto* window = new ConsortiumWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    QVERIFY(window->openFile(path));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QAbstractItemModel* members = window->membersView()->model();
    // L004 stops lending: nobody borrows from it any more.
    QVERIFY(members->setData(members->index(3, RosterTableModel::Lends), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->matrixView()->model()->index(0, 3).data().toString(), QStringLiteral("·"));

    Dialogs::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!window->close()); // cancelled: the window and the change stay
    QVERIFY(window->isVisible());
    QVERIFY(Dialogs::takeShown().join(QLatin1Char('\n')).contains(QStringLiteral("not saved")));
    QPointer<ConsortiumWindow> guard(window);
    Dialogs::setNextAnswer(QMessageBox::Save);
    QVERIFY(window->close());
    Dialogs::takeShown();
    QTRY_VERIFY(guard.isNull());
    const RosterFile::Loaded saved = RosterFile::load(path);
    QVERIFY(saved.roster);
    QVERIFY(!saved.roster->members.at(3).lends);
    QVERIFY(before != [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }());
}

void TestConsortiumGui::checkInAlmaReadsTheMembersWithKeys()
{
    // Each member's Alma holds its complete generated partners; the files of L002 and L004 lack
    // one record and have one inactive. L001 and L002 have keys in the environment, L004 one
    // given in the window, L003 none: it is checked from its file.
    AlmaSandbox sandbox;
    QVERIFY(sandbox.listenOnLoopback());
    Roster r = roster(4);
    for (RosterMember& m : r.members)
        m.almaUrl = sandbox.baseUrl();
    QHash<QString, QList<Partner>> held;
    for (const RosterMember& m : r.members)
        held.insert(
            m.code(), MemberSetupGenerator::generate(Presets::create(QLatin1String(Presets::Blank)), r, m).partners);
    ConsortiumSandbox::serve(sandbox, r, held);
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), r);
    QVERIFY(!path.isEmpty());
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* matrix = qobject_cast<ReciprocityMatrixModel*>(window.matrixView()->model());
    QVERIFY(matrix);
    const int pairs = 4 * 3;
    QVERIFY(matrix->result().count(Reciprocity::State::Ok) < pairs);

    for (int i : { 0, 1 })
        qputenv(qPrintable(MemberKeys::variable(r.members.at(i).code())),
            ConsortiumSandbox::keyOf(r.members.at(i)).toUtf8());
    qunsetenv(qPrintable(MemberKeys::variable(QStringLiteral("L003"))));
    qunsetenv(qPrintable(MemberKeys::variable(QStringLiteral("L004"))));
    window.setMemberKeyFor(QStringLiteral("L004"), ConsortiumSandbox::keyOf(r.members.at(3)));
    const auto cleanUp = qScopeGuard([&] {
        window.setMemberKeyFor(QStringLiteral("L004"), QString()); // out of a desktop keychain again
        for (int i : { 0, 1 })
            qunsetenv(qPrintable(MemberKeys::variable(r.members.at(i).code())));
    });
    window.checkInAlma();
    auto* label = window.findChild<QLabel*>(QStringLiteral("checkSummary"));
    QVERIFY(label);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("3 from Alma")), 20000);
    QVERIFY2(label->text().startsWith(QStringLiteral("4 of 4 members read")), qPrintable(label->text()));
    QCOMPARE(matrix->result().count(Reciprocity::State::Ok), pairs);
    QCOMPARE(sandbox.calls(), 3 * 2); // the partners and /conf/general of the three with keys
    QCOMPARE(sandbox.callsWithMethod("GET"), sandbox.calls());
    QVERIFY(!window.isWindowModified()); // the roster did not change

    // Keys are never written into the consortium file.
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains(ConsortiumSandbox::keyOf(r.members.at(3)).toUtf8()));
}

void TestConsortiumGui::checkInAlmaCanBeCancelled()
{
    AlmaSandbox sandbox;
    QVERIFY(sandbox.listenOnLoopback());
    SandboxFaults slow;
    slow.latencyMs = 5000;
    sandbox.setFaults(slow);
    Roster r = roster(3);
    for (RosterMember& m : r.members)
        m.almaUrl = sandbox.baseUrl();
    ConsortiumSandbox::serve(sandbox, r, {});
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), r);
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* label = window.findChild<QLabel*>(QStringLiteral("checkSummary"));
    const QString before = label->text();
    for (const RosterMember& m : r.members)
        window.setMemberKeyFor(m.code(), ConsortiumSandbox::keyOf(m));
    const auto cleanUp = qScopeGuard([&] {
        for (const RosterMember& m : r.members)
            window.setMemberKeyFor(m.code(), QString());
    });
    window.checkInAlma();
    QPointer<QProgressDialog> progress;
    QTRY_VERIFY((progress = window.findChild<QProgressDialog*>()) != nullptr);
    QTRY_VERIFY(sandbox.calls() > 0);
    QTRY_VERIFY(progress->isVisible());
    auto* cancel = progress->findChild<QPushButton*>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    QTest::qWait(100);
    QCOMPARE(label->text(), before); // the matrix is as it was
    QCOMPARE(sandbox.callsWithMethod("GET"), sandbox.calls());
    QTRY_VERIFY(progress.isNull()); // gone, and the reading with it
    QTest::qWait(300);
    QCOMPARE(label->text(), before); // nothing arrived after the cancel
}

void TestConsortiumGui::checkInAlmaSaysWhyAKeyWasNotSent()
{
    Roster r = roster(3);
    r.members[0].almaUrl = QStringLiteral("https://collector.example.org");
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), r);
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    window.setMemberKeyFor(QStringLiteral("L001"), QStringLiteral("not-a-real-key"));
    const auto cleanUp = qScopeGuard([&] { window.setMemberKeyFor(QStringLiteral("L001"), QString()); });
    window.checkInAlma();
    auto* label = window.findChild<QLabel*>(QStringLiteral("checkSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("0 from Alma")), 20000);
    auto* matrix = qobject_cast<ReciprocityMatrixModel*>(window.matrixView()->model());
    const Reciprocity::Pair& pair = matrix->result().pair(1, 0); // L002 borrowing from L001
    QCOMPARE(pair.state, Reciprocity::State::NotRead);
    QVERIFY2(pair.reasons.join(QLatin1Char(' ')).contains(QStringLiteral("collector.example.org")),
        qPrintable(pair.reasons.join(QLatin1Char(' '))));
    QCOMPARE(Dialogs::takeUnexpected(), QStringList());
}

void TestConsortiumGui::badRosterIsRefused()
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("bad.consortium.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "alma-p2p-wizard/consortium", "version": 1, "memebrs": []})");
    f.close();
    ConsortiumWindow window;
    QVERIFY(!window.openFile(path));
    const QString shown = Dialogs::takeShown().join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(QStringLiteral("memebrs")), qPrintable(shown));
    QCOMPARE(window.matrixView()->model()->rowCount(), 0);
}

void TestConsortiumGui::importAsksBeforeReplacingMembers()
{
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), roster(4));
    const QString csv = QDir(dir.path()).filePath(QStringLiteral("two.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("code,name,profile_type,symbol\nGWA,George,ISO_18626,GWA\nCUA,Catholic,ISO,CUA\n");
    f.close();
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    QAbstractItemModel* members = window.membersView()->model();
    Dialogs::setNextFileName(csv);
    Dialogs::setNextAnswer(QMessageBox::Cancel);
    window.importCsv();
    QCOMPARE(members->rowCount(), 4); // cancelled: the table is as it was
    QVERIFY(!window.isWindowModified());
    QVERIFY(Dialogs::takeShown().join(QLatin1Char('\n')).contains(QStringLiteral("Replace the 4 members")));
    Dialogs::setNextFileName(csv);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    window.importCsv();
    Dialogs::takeShown();
    QCOMPARE(members->rowCount(), 2);
    QCOMPARE(members->index(0, RosterTableModel::Code).data().toString(), QStringLiteral("GWA"));
    QVERIFY(window.isWindowModified());
}

void TestConsortiumGui::screenshots_data()
{
    QTest::addColumn<int>("members");
    QTest::newRow("9") << 9;
    QTest::newRow("100") << 100;
}

void TestConsortiumGui::screenshots()
{
    QFETCH(int, members);
    QTemporaryDir dir;
    const QString path = writeConsortium(QDir(dir.path()), roster(members));
    ConsortiumWindow window;
    QVERIFY(window.openFile(path));
    window.resize(1100, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.matrixView()->model()->rowCount(), members);
    GuiFixture::shoot(&window, QStringLiteral("consortium-%1-members").arg(members));
    window.tabs()->setCurrentIndex(1);
    window.matrixView()->setFocus();
    window.matrixView()->setCurrentIndex(window.matrixView()->model()->index(1, 2));
    QTest::qWait(50);
    GuiFixture::shoot(&window, QStringLiteral("consortium-%1-matrix").arg(members));
}

QTEST_MAIN(TestConsortiumGui)
#include "tst_consortiumgui.moc"
