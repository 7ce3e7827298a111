#include "gui/AlmaDialog.h"

#include "Dialogs.h"

#include "api/AlmaClient.h"
#include "api/AlmaEndpoint.h"
#include "api/AlmaSync.h"
#include "api/ApiKeyStore.h"
#include "model/SetupModel.h"
#include "sandbox/AlmaSandbox.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
const QString kSandbox = QStringLiteral("sandbox");
const QString kOther = QStringLiteral("url");
const QString kWhereSetting = QStringLiteral("alma/where");
const QString kAddressSetting = QStringLiteral("alma/address");
const QString kRememberSetting = QStringLiteral("alma/remember-key");

enum Column { ItemColumn, OutcomeColumn, DetailColumn };
} // namespace

AlmaDialog::AlmaDialog(SetupModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
    , m_keys(new ApiKeyStore(this))
{
    setWindowTitle(tr("Alma: Plan, Push and Verify"));
    buildUi();
    QSettings settings;
    const int index = m_where->findData(settings.value(kWhereSetting, kSandbox).toString());
    m_where->setCurrentIndex(index >= 0 ? index : 0);
    m_address->setText(settings.value(kAddressSetting).toString());
    m_rememberKey->setChecked(settings.value(kRememberSetting, false).toBool());

    connect(m_keys, &ApiKeyStore::keyRead, this, [this](const QString& account, const QString& key) {
        if (account == this->account() && m_key->text().isEmpty() && !key.isEmpty()) {
            m_key->setText(key);
            m_status->setText(tr("The API key was taken from the system keychain."));
        }
    });
    connect(m_keys, &ApiKeyStore::failed, this,
        [this](const QString&, const QString& message) { m_status->setText(message); });
    connect(m_model, &SetupModel::changed, this, [this] {
        if (!isRunning() && m_planIsCurrent) {
            m_planIsCurrent = false; // the setup moved on: plan again before pushing
            updateButtons();
        }
    });
    updateButtons();
    readStoredKey();
}

AlmaDialog::~AlmaDialog()
{
    // The widgets go after this body; the one with focus then emits editingFinished (and
    // others may signal too), whose handlers must not reach the half-destroyed dialog.
    for (QObject* child : findChildren<QObject*>())
        disconnect(child, nullptr, this, nullptr);
}

void AlmaDialog::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildConnection());
    layout->addLayout(buildActions());
    buildResults(layout);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connectControls();
    resize(900, 620);
}

QGroupBox* AlmaDialog::buildConnection()
{
    auto* connection = new QGroupBox(tr("Connection"), this);
    auto* form = new QFormLayout(connection);
    m_where = new QComboBox(connection);
    m_where->addItem(tr("Built-in sandbox: try it without Alma"), kSandbox);
    for (const QString& region : AlmaEndpoint::regions())
        m_where->addItem(regionName(region), region);
    m_where->addItem(tr("Another address…"), kOther);
    form->addRow(tr("&Alma:"), m_where);
    m_address = new QLineEdit(connection);
    m_address->setPlaceholderText(QStringLiteral("https://api-na.hosted.exlibrisgroup.com"));
    form->addRow(tr("A&ddress:"), m_address);
    m_key = new QLineEdit(connection);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("From Alma's Developer Network: needs Configuration and Partners, read/write"));
    form->addRow(tr("API &key:"), m_key);
    m_rememberKey = new QCheckBox(tr("&Remember the key in the system keychain"), connection);
    form->addRow(QString(), m_rememberKey);
    m_sandboxBanner = new QLabel(tr("<b>Sandbox:</b> a simulated Alma on this computer with a demo institution "
                                    "(libraries MAIN, RS and LAW). Nothing reaches your institution, and what you "
                                    "push is gone when the program closes."),
        connection);
    m_sandboxBanner->setWordWrap(true);
    form->addRow(m_sandboxBanner);
    m_institution = new QLabel(tr("(not connected yet)"), connection);
    m_institution->setObjectName(QStringLiteral("institution"));
    m_institution->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Institution:"), m_institution);
    m_test = new QPushButton(tr("&Test Connection"), connection);
    m_test->setToolTip(tr("Shows what the key may read and write"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch();
    form->addRow(QString(), testRow);
    m_address->setObjectName(QStringLiteral("address"));
    m_key->setObjectName(QStringLiteral("key"));
    m_test->setObjectName(QStringLiteral("test"));
    return connection;
}

QHBoxLayout* AlmaDialog::buildActions()
{
    auto* actions = new QHBoxLayout;
    m_planButton = new QPushButton(tr("P&lan"), this);
    m_planButton->setToolTip(tr("Compare the setup with Alma: what a push would create or update (writes nothing)"));
    m_pushButton = new QPushButton(tr("&Push…"), this);
    m_pushButton->setToolTip(tr("Create or update the items of the plan in Alma; never deletes"));
    m_verifyButton = new QPushButton(tr("&Verify"), this);
    m_verifyButton->setToolTip(tr("Read back what Alma holds and tick the steps that match"));
    m_cancelButton = new QPushButton(tr("&Stop"), this);
    m_cancelButton->setToolTip(tr("Stop now; what is not reached is left for the next run"));
    for (QPushButton* b : { m_planButton, m_pushButton, m_verifyButton, m_cancelButton })
        actions->addWidget(b);
    actions->addStretch();
    m_remaining = new QLabel(this); // calls left today, beside the buttons where there is room
    actions->addWidget(m_remaining);
    m_planButton->setObjectName(QStringLiteral("plan"));
    m_pushButton->setObjectName(QStringLiteral("push"));
    m_verifyButton->setObjectName(QStringLiteral("verify"));
    m_cancelButton->setObjectName(QStringLiteral("stop"));
    return actions;
}

void AlmaDialog::buildResults(QVBoxLayout* layout)
{
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse); // tracking ids are quoted to support
    layout->addWidget(m_status);

    m_items = new QTreeWidget(this);
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setHeaderLabels({ tr("Item"), tr("Result"), tr("Details") });
    m_items->setAccessibleName(tr("Items in Alma"));
    m_items->header()->setSectionResizeMode(ItemColumn, QHeaderView::ResizeToContents);
    m_items->header()->setSectionResizeMode(OutcomeColumn, QHeaderView::ResizeToContents);
    m_items->header()->setStretchLastSection(true);
    layout->addWidget(m_items, 1);
    m_manual = new QLabel(this);
    m_manual->setWordWrap(true);
    layout->addWidget(m_manual);
    m_status->setObjectName(QStringLiteral("status"));
}

void AlmaDialog::connectControls()
{
    connect(m_where, &QComboBox::currentIndexChanged, this, [this] {
        m_planIsCurrent = false;
        m_sync.reset(); // before the client it uses
        m_client.reset();
        m_connection.clear();
        m_key->clear();
        m_remaining->clear();
        m_institution->setText(tr("(not connected yet)"));
        updateButtons();
        readStoredKey();
    });
    connect(m_address, &QLineEdit::editingFinished, this, [this] { readStoredKey(); });
    connect(m_rememberKey, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(kRememberSetting, on);
        if (!on && !usingSandbox() && !account().isEmpty())
            m_keys->forget(account());
    });
    connect(m_test, &QPushButton::clicked, this,
        [this] { start([](AlmaSync& s) { s.testConnection(); }, tr("Testing the connection…")); });
    connect(m_planButton, &QPushButton::clicked, this,
        [this] { start([](AlmaSync& s) { s.plan(); }, tr("Reading what Alma holds…")); });
    connect(m_pushButton, &QPushButton::clicked, this, &AlmaDialog::confirmPush);
    connect(m_verifyButton, &QPushButton::clicked, this,
        [this] { start([](AlmaSync& s) { s.verify(); }, tr("Reading back from Alma…")); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_sync)
            m_sync->cancel();
    });
}

QString AlmaDialog::regionName(const QString& region)
{
    if (region == QLatin1String("na"))
        return tr("North America (na)");
    if (region == QLatin1String("eu"))
        return tr("Europe (eu)");
    if (region == QLatin1String("ap"))
        return tr("Asia Pacific (ap)");
    if (region == QLatin1String("aps"))
        return tr("Australia and New Zealand (aps)");
    if (region == QLatin1String("ca"))
        return tr("Canada (ca)");
    if (region == QLatin1String("cn"))
        return tr("China (cn)");
    return region; // a region without a name here yet still works by its code
}

bool AlmaDialog::isRunning() const
{
    return m_sync && m_sync->isRunning();
}

bool AlmaDialog::usingSandbox() const
{
    return m_where->currentData().toString() == kSandbox;
}

void AlmaDialog::useSandbox()
{
    if (!isRunning()) // never switch Alma under a run
        m_where->setCurrentIndex(m_where->findData(kSandbox));
}

QString AlmaDialog::account() const
{
    const QString where = m_where->currentData().toString();
    QString error;
    const AlmaEndpoint endpoint = AlmaEndpoint::fromText(where == kOther ? m_address->text() : where, &error);
    return endpoint.isValid() ? endpoint.baseUrl().host() : QString();
}

void AlmaDialog::readStoredKey()
{
    if (!usingSandbox() && m_rememberKey->isChecked() && !account().isEmpty())
        m_keys->read(account());
}

bool AlmaDialog::connectClient()
{
    QString address;
    QString key;
    if (usingSandbox()) {
        if (!m_sandbox) {
            m_sandbox = std::make_unique<AlmaSandbox>();
            if (!m_sandbox->listenOnLoopback()) {
                m_sandbox.reset();
                m_status->setText(tr("The sandbox could not start: no free port on 127.0.0.1."));
                return false;
            }
        }
        address = m_sandbox->baseUrl();
        key = QString::fromLatin1(AlmaSandbox::ReadWriteKey);
    } else {
        const QString where = m_where->currentData().toString();
        address = where == kOther ? m_address->text() : where;
        key = m_key->text().trimmed();
        if (key.isEmpty()) {
            m_status->setText(tr("Enter the API key first."));
            m_key->setFocus();
            return false;
        }
    }
    QString error;
    const AlmaEndpoint endpoint = AlmaEndpoint::fromText(address, &error);
    if (!endpoint.isValid()) {
        m_status->setText(error);
        m_address->setFocus();
        return false;
    }
    QSettings settings;
    settings.setValue(kWhereSetting, m_where->currentData());
    if (m_where->currentData().toString() == kOther)
        settings.setValue(kAddressSetting, endpoint.baseUrl().toString()); // the checked address only
    // The same Alma and key keep their client, so the rate limiter's window and the count of calls
    // left carry over from one run to the next (and the keychain is written once).
    const QString connection = endpoint.baseUrl().toString() + QLatin1Char('\n') + key;
    if (m_client && m_sync && connection == m_connection)
        return true;
    m_connection = connection;
    m_sync.reset();
    m_client = std::make_unique<AlmaClient>(endpoint, key);
    connect(m_client.get(), &AlmaClient::remainingCallsChanged, this, &AlmaDialog::updateRemaining);
    connect(m_client.get(), &AlmaClient::retrying, this, [this](const QString&, const AlmaError& e, int, int delayMs) {
        m_status->setText(tr("Alma asked to slow down or failed for a moment (%1); trying again in %2 s.")
                              .arg(e.code.isEmpty() ? e.message : e.code)
                              .arg(qMax(1, delayMs / 1000)));
    });
    m_sync = std::make_unique<AlmaSync>(m_client.get(), m_model);
    connect(m_sync.get(), &AlmaSync::progress, this, [this](int done, int total, const QString& what) {
        m_progress->setRange(0, qMax(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(tr("%v of %m"));
        m_status->setText(what);
    });
    connect(m_sync.get(), &AlmaSync::finished, this, &AlmaDialog::finished);
    if (!usingSandbox() && m_rememberKey->isChecked())
        m_keys->write(account(), key);
    return true;
}

void AlmaDialog::start(const std::function<void(AlmaSync&)>& run, const QString& what)
{
    if (isRunning() || !connectClient())
        return;
    m_progress->setRange(0, 0); // busy until the first step is known
    m_status->setText(what);
    run(*m_sync);
    updateButtons(); // running, unless the run ended at once (then finished() has shown it)
}

void AlmaDialog::confirmPush()
{
    if (!m_planIsCurrent)
        return;
    const int pushable = m_plan.pushableCount();
    const int blocked = m_plan.blockedCount();
    if (pushable == 0) {
        m_status->setText(blocked == 0
                ? tr("Everything in the plan is already as wanted; there is nothing to push.")
                : tr("Every item left to push has a problem (listed in the plan); fix them and plan again."));
        return;
    }
    int creates = 0;
    int updates = 0;
    for (const AlmaPlanItem& item : m_plan.items) {
        if (item.pushable() && item.action == AlmaPlanItem::Action::Create)
            ++creates;
        else if (item.pushable() && item.action == AlmaPlanItem::Action::Update)
            ++updates;
    }
    QString where = m_plan.sandbox ? tr("the Alma sandbox") : tr("Alma at %1").arg(account());
    if (!m_planInstitution.isEmpty())
        where = tr("%1, institution %2").arg(where, m_planInstitution);
    Dialogs::Question q;
    q.title = tr("Push to Alma");
    q.text = tr("Push to %1: %2 and %3, as listed in the plan?")
                 .arg(where, tr("create %n item(s)", nullptr, creates), tr("update %n item(s)", nullptr, updates));
    q.informativeText = tr("Nothing is deleted, and each update keeps the fields the wizard does not manage.");
    if (blocked > 0)
        q.informativeText += QLatin1Char(' ')
            + tr("%n item(s) with open errors or problems (marked in the plan) are skipped; fix them and push again.",
                nullptr, blocked);
    q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
    q.buttonTexts.insert(QMessageBox::Yes, tr("&Push %n item(s)", nullptr, pushable));
    q.defaultButton = QMessageBox::Cancel;
    q.escapeButton = QMessageBox::Cancel;
    if (Dialogs::ask(this, q) != QMessageBox::Yes)
        return;
    const AlmaPlan plan = m_plan;
    m_planIsCurrent = false;
    m_progress->setRange(0, 0);
    m_status->setText(tr("Pushing…"));
    m_sync->push(plan);
    updateButtons();
}

void AlmaDialog::finished(const AlmaRunResult& result)
{
    if (!result.institutionCode.isEmpty()) {
        const QString institution = result.institutionText().toHtmlEscaped();
        m_institution->setText(result.environment.compare(QLatin1String("production"), Qt::CaseInsensitive) == 0
                ? QStringLiteral("<b>%1</b>").arg(institution)
                : institution);
    }
    if (result.kind == AlmaRunResult::Kind::Plan)
        m_planInstitution = result.institutionText(); // what this plan read, named before its push
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(result.cancelled ? tr("Stopped") : tr("Done"));
    // The first line counts; the list below shows each item. A stop says what happens next.
    QString status = result.summary().section(QLatin1Char('\n'), 0, 0);
    if (result.cancelled)
        status += QLatin1Char(' ') + tr("Stopped: what was not reached is left for the next run.");
    m_status->setText(status);
    switch (result.kind) {
    case AlmaRunResult::Kind::TestConnection: {
        m_items->clear();
        for (const AlmaAccessCheck& c : result.access) {
            auto* row = new QTreeWidgetItem(m_items);
            row->setText(ItemColumn, c.write ? tr("%1: write").arg(c.area) : tr("%1: read").arg(c.area));
            row->setText(OutcomeColumn,
                !c.error.isError()                                  ? tr("Allowed")
                    : c.error.kind == AlmaError::Kind::Unauthorized ? tr("Not allowed")
                                                                    : tr("Failed"));
            row->setIcon(OutcomeColumn,
                style()->standardIcon(c.error.isError() ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton));
            row->setText(DetailColumn, c.error.isError() ? c.error.text() : QString());
        }
        m_manual->clear();
        const bool all = std::none_of(
            result.access.cbegin(), result.access.cend(), [](const AlmaAccessCheck& c) { return c.error.isError(); });
        m_status->setText(all ? tr("Connected: the key may read and write both the configuration and the partners.")
                              : tr("Connected, but the key may not do everything a push needs: see the list."));
        break;
    }
    case AlmaRunResult::Kind::Plan:
        m_plan = result.plan;
        m_planIsCurrent = !result.fatal.isError() && result.failures.isEmpty() && !result.cancelled;
        showPlan(result.plan, result.failures.isEmpty() && !result.fatal.isError());
        break;
    case AlmaRunResult::Kind::Push:
        showRecords(result.recorded); // only this run's: older results of items not reached would mislead
        m_manual->clear();
        break;
    case AlmaRunResult::Kind::Verify:
        showRecords(result.recorded);
        m_manual->setText(result.sandbox
                ? tr("The sandbox is not your Alma: what matches is recorded, but no step of the checklist is "
                     "ticked; what differs is listed with the section's findings.")
                : tr("Steps that Alma shows as done are ticked in the checklist; what differs is listed "
                     "with the section's findings."));
        break;
    }
    if (result.fatal.isError())
        m_status->setText(tr("Stopped: %1").arg(result.fatal.text()));
    updateButtons();
}

void AlmaDialog::showPlan(const AlmaPlan& plan, bool complete)
{
    m_items->clear();
    for (const AlmaPlanItem& item : plan.items) {
        auto* row = new QTreeWidgetItem(m_items);
        row->setText(ItemColumn, item.label);
        if (item.action != AlmaPlanItem::Action::AsWanted && !item.pushable()) {
            // Held back: a push skips it, and says why.
            row->setText(OutcomeColumn, tr("Skipped (%1)").arg(AlmaPlanItem::actionName(item.action)));
            row->setIcon(OutcomeColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            row->setText(DetailColumn, item.problems.join(QLatin1String("; ")));
            row->setToolTip(DetailColumn, item.problems.join(QLatin1Char('\n')));
            continue;
        }
        row->setText(OutcomeColumn, AlmaPlanItem::actionName(item.action));
        row->setText(DetailColumn, item.changes.join(QLatin1String("; ")));
        row->setToolTip(DetailColumn, item.changes.join(QLatin1Char('\n')));
    }
    if (plan.items.isEmpty() && complete)
        new QTreeWidgetItem(m_items,
            { tr("Nothing to push: enter the library code, the temporary locations or partners first."), QString(),
                QString() });
    m_manual->setText(tr("%n step(s) of the checklist are left to do by hand in Alma; they stay in the checklist.",
        nullptr, int(plan.manualSteps.size())));
}

void AlmaDialog::showRecords(QStringList keys)
{
    // PART2 after PART10 would look wrong to people: numbers in codes sort as numbers.
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(keys.begin(), keys.end(),
        [&collator](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    m_items->clear();
    const auto& records = m_model->data().alma;
    for (const QString& key : keys) {
        const auto found = records.constFind(key);
        if (found == records.cend())
            continue; // recorded into a setup since replaced
        auto* row = new QTreeWidgetItem(m_items);
        row->setText(ItemColumn, found->label);
        row->setText(OutcomeColumn, AlmaRecord::outcomeName(found->outcome));
        row->setIcon(OutcomeColumn,
            style()->standardIcon(found->isGood() ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning));
        row->setText(DetailColumn, found->detail);
        row->setToolTip(DetailColumn, found->detail);
    }
}

void AlmaDialog::updateButtons()
{
    const bool sandbox = usingSandbox();
    const bool running = isRunning();
    m_address->setEnabled(m_where->currentData().toString() == kOther && !running);
    m_key->setEnabled(!sandbox && !running);
    m_rememberKey->setEnabled(!sandbox);
    m_sandboxBanner->setVisible(sandbox);
    m_where->setEnabled(!running);
    m_test->setEnabled(!running);
    m_planButton->setEnabled(!running);
    m_pushButton->setEnabled(!running && m_planIsCurrent);
    m_verifyButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    setWindowTitle(sandbox ? tr("Alma Sandbox: Plan, Push and Verify") : tr("Alma: Plan, Push and Verify"));
}

void AlmaDialog::updateRemaining(int remaining)
{
    m_remaining->setText(tr("%Ln API call(s) left today", nullptr, remaining));
}
