// The Alma dialog driven by keyboard against the built-in sandbox: plan, push (confirmed),
// verify; the results land in the model and the sandbox is labelled as such.
// With P2P_SCREENSHOT_DIR set, saves a PNG after each step for a human to look at.
#include "Dialogs.h"
#include "GuiFixture.h"
#include "SandboxSetups.h"
#include "api/ApiKeyStore.h"
#include "gui/AlmaDialog.h"
#include "gui/AppLanguage.h"
#include "model/AlmaItemKey.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SetupModel.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class TestAlmaGui : public QObject {
    Q_OBJECT

private:
    void shoot(QWidget& w, const QString& name) { GuiFixture::shoot(&w, name); }

    // Presses the button's Alt+letter (in whatever language is loaded) and waits until the run
    // is over (the Stop button is disabled again).
    void runByKey(AlmaDialog& dialog, const char* buttonName)
    {
        auto* stop = dialog.findChild<QPushButton*>(QStringLiteral("stop"));
        auto* button = dialog.findChild<QPushButton*>(QString::fromLatin1(buttonName));
        QVERIFY(stop && button);
        const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
        QVERIFY2(!mnemonic.isEmpty(), buttonName);
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keySequence(&dialog, mnemonic);
        // A mnemonic "animates" the click: the button fires a moment later. Then the run starts
        // (Stop enabled) and ends (Stop disabled); a run may end before a poll sees it start, so
        // wait on the progress bar, which says Done or Stopped only at the end.
        auto* progress = dialog.findChild<QProgressBar*>();
        progress->setFormat(QString());
        QTRY_VERIFY_WITH_TIMEOUT(!progress->format().isEmpty() && !stop->isEnabled(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        GuiFixture::initTestCase();
        QSettings().clear();
        // For screenshots in another language: P2P_LANGUAGE=de|fr (the key presses below use the
        // English mnemonics, so only the first test runs then).
        // As the program does: English plural forms, or all of another language.
        const QString language = qEnvironmentVariable("P2P_LANGUAGE", QStringLiteral("en"));
        QLocale::setDefault(QLocale(language));
        AppLanguage::install(*QCoreApplication::instance(), QLocale(language), QStringLiteral(P2P_QM_DIR));
    }

    void planPushVerifyWithTheSandbox()
    {
        SetupModel model;
        SetupData d = SandboxSetups::wrlcInMain();
        for (int i = 0; i < 12; ++i) {
            Partner p = SandboxSetups::partner(QStringLiteral("GUI%1").arg(i));
            p.name = QStringLiteral("Member Library %1").arg(i);
            d.partners.append(p);
        }
        Partner north; // the sandbox has NORTH with 7 expiry days: an update
        north.code = QStringLiteral("NORTH");
        north.name = QStringLiteral("North College Library");
        north.expiryDays = 4; // the rest is left to Alma
        d.partners.append(north);
        model.reset(d);

        AlmaDialog dialog(&model);
        dialog.useSandbox();
        dialog.resize(1000, 640);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.windowTitle().contains(QLatin1String("Sandbox"), Qt::CaseInsensitive));
        auto* push = dialog.findChild<QPushButton*>(QStringLiteral("push"));
        auto* items = dialog.findChild<QTreeWidget*>();
        QVERIFY(push && items);
        QVERIFY(!push->isEnabled()); // no push before a plan

        runByKey(dialog, "test");
        QCOMPARE(items->topLevelItemCount(), 4);
        shoot(dialog, QStringLiteral("alma-1-test"));

        runByKey(dialog, "plan");
        QCOMPARE(items->topLevelItemCount(), 2 + 13);
        QVERIFY(push->isEnabled());
        shoot(dialog, QStringLiteral("alma-2-plan"));

        // Push asks first; answer Yes by keyboard.
        Dialogs::setNextAnswer(QMessageBox::Yes);
        runByKey(dialog, "push");
        QVERIFY(Dialogs::takeShown().join(QLatin1Char(' ')).contains(QLatin1String("Push to Alma")));
        QCOMPARE(Dialogs::takeUnexpected(), QStringList());
        QTRY_COMPARE_WITH_TIMEOUT(model.data().alma.size(), 15, 20000);
        QCOMPARE(model.data().alma.value(AlmaItemKey::partner(QStringLiteral("NORTH"))).outcome,
            AlmaRecord::Outcome::Updated);
        QVERIFY(model.data().alma.value(AlmaItemKey::partner(QStringLiteral("GUI3"))).sandbox);
        QVERIFY(!push->isEnabled()); // the plan is used up: plan again before another push
        QCOMPARE(items->topLevelItemCount(), 15); // this push's items, each with its result
        shoot(dialog, QStringLiteral("alma-3-push"));

        runByKey(dialog, "verify");
        // Verified against the sandbox: recorded as such, but no step of the real checklist ticked.
        QCOMPARE(
            model.data().alma.value(AlmaItemKey::location(QStringLiteral("MAIN"), QStringLiteral("CLSBORR"))).outcome,
            AlmaRecord::Outcome::Verified);
        QVERIFY(!model.step(SectionId::TemporaryLocations, QStringLiteral("add-borrowing-location")).done);
        shoot(dialog, QStringLiteral("alma-4-verify"));
    }

    void everyControlHasAnAccessibleName()
    {
        SetupModel model;
        model.reset(Presets::create(QString::fromLatin1(Presets::Blank)));
        AlmaDialog dialog(&model);
        auto* where = dialog.findChild<QComboBox*>();
        where->setCurrentIndex(where->findData(QStringLiteral("url"))); // every field enabled
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList unnamed;
        int checked = 0;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            ++checked;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName());
        }
        QVERIFY(checked >= 8);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void keychainKeepsOrRefusesWithoutLeaking()
    {
        // With a keychain (a desktop session) the key goes in and comes back; without one (CI,
        // servers) the store says so in words that never contain the key.
        const QString account = QStringLiteral("test.invalid");
        const QString secret = QStringLiteral("l8xx-not-a-real-key-%1").arg(QCoreApplication::applicationPid());
        ApiKeyStore store;
        QSignalSpy written(&store, &ApiKeyStore::written);
        QSignalSpy failed(&store, &ApiKeyStore::failed);
        store.write(account, secret);
        QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() == 1, 30000);
        if (!failed.isEmpty()) {
            const QString message = failed.first().at(1).toString();
            QVERIFY(!message.isEmpty());
            QVERIFY(!message.contains(secret));
            return;
        }
        QSignalSpy read(&store, &ApiKeyStore::keyRead);
        store.read(account);
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() || failed.size() > 0, 30000);
        QVERIFY(!read.isEmpty());
        QCOMPARE(read.first().at(1).toString(), secret);
        store.forget(account);
    }

    void wrongAddressIsExplainedNotSent()
    {
        SetupModel model;
        model.reset(Presets::create(QString::fromLatin1(Presets::Blank)));
        AlmaDialog dialog(&model);
        auto* where = dialog.findChild<QComboBox*>();
        QVERIFY(where);
        where->setCurrentIndex(where->findData(QStringLiteral("url")));
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("address"));
        auto* key = dialog.findChild<QLineEdit*>(QStringLiteral("key"));
        QVERIFY(address && key);
        address->setText(QStringLiteral("http://alma.example.edu"));
        key->setText(QStringLiteral("not-a-real-key"));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keySequence(
            &dialog, QKeySequence::mnemonic(dialog.findChild<QPushButton*>(QStringLiteral("plan"))->text()));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("status"));
        QTRY_VERIFY(status->text().contains(QLatin1String("https")));
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("plan"))->isEnabled()); // nothing started
    }

    void closingWhileTypingTheAddress()
    {
        // The address field has focus when the dialog goes: its editingFinished comes from the
        // field's own teardown, after ~AlmaDialog, and must not reach the dialog (it once read
        // the keychain through destroyed widgets; the sanitizer build catches any such use).
        SetupModel model;
        model.reset(Presets::create(QString::fromLatin1(Presets::Blank)));
        auto* dialog = new AlmaDialog(&model);
        auto* where = dialog->findChild<QComboBox*>();
        QVERIFY(where);
        where->setCurrentIndex(where->findData(QStringLiteral("url")));
        dialog->findChild<QCheckBox*>()->setChecked(true); // remember the key: editingFinished reads the keychain
        auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("address"));
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        address->setFocus();
        QTest::keyClicks(address, QStringLiteral("https://alma.example.edu"));
        QVERIFY(address->hasFocus());
        delete dialog;
        QTest::qWait(50); // anything the teardown queued runs now
    }
};

QTEST_MAIN(TestAlmaGui)
#include "tst_almagui.moc"
