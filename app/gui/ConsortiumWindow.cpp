#include "gui/ConsortiumWindow.h"

#include "Dialogs.h"
#include "api/AlmaMemberReader.h"
#include "api/MemberKeys.h"
#include "consortium/MatrixReport.h"
#include "consortium/MemberSetupFiles.h"
#include "consortium/RosterCsvReader.h"
#include "consortium/RosterFile.h"
#include "file/SetupFile.h"
#include "gui/MainWindow.h"
#include "itemmodels/ReciprocityMatrixModel.h"
#include "itemmodels/RosterTableModel.h"
#include "report/ReportExporter.h"

#include <QAction>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString filter()
{
    return ConsortiumWindow::tr("Consortium files (*%1);;JSON files (*.json);;All files (*)")
        .arg(QLatin1String(RosterFile::Suffix));
}
} // namespace

ConsortiumWindow::ConsortiumWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_members(new RosterTableModel(this))
    , m_matrix(new ReciprocityMatrixModel(this))
    , m_keys(new MemberKeys(this))
{
    connect(m_keys, &MemberKeys::failed, this,
        [this](const QString&, const QString& message) { statusBar()->showMessage(message, 15000); });
    setObjectName(QStringLiteral("consortium-window"));
    setWindowIcon(MainWindow::applicationIcon());
    m_tabs->addTab(createMembersTab(), tr("&Members and Terms"));
    m_tabs->addTab(createMatrixTab(), tr("&Reciprocity Matrix"));
    setCentralWidget(m_tabs);
    createMenus();
    statusBar();
    resize(1100, 720);
    connect(m_members, &RosterTableModel::edited, this, [this] {
        setModified(true);
        check();
    });
    setRoster({});
}

QWidget* ConsortiumWindow::createMembersTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* terms = new QGroupBox(tr("Agreed terms (empty: not agreed, neither generated nor checked)"), page);
    auto* form = new QFormLayout(terms);
    m_expiry = new QSpinBox(terms);
    m_expiry->setRange(0, 9999);
    m_expiry->setSpecialValueText(tr("not agreed"));
    m_expiry->setSuffix(tr(" days"));
    m_borrowingWorkflow = new QLineEdit(terms);
    m_lendingWorkflow = new QLineEdit(terms);
    m_loanPeriod = new QLineEdit(terms);
    m_lendingPeriod = new QLineEdit(terms);
    form->addRow(tr("E&xpiry time:"), m_expiry);
    form->addRow(tr("&Borrowing workflow profile:"), m_borrowingWorkflow);
    form->addRow(tr("Len&ding workflow profile:"), m_lendingWorkflow);
    form->addRow(tr("Loan &period (Loan terms of use):"), m_loanPeriod);
    form->addRow(tr("Lending p&eriod (Lending terms of use):"), m_lendingPeriod);
    layout->addWidget(terms);
    connect(m_expiry, &QSpinBox::valueChanged, this, [this] {
        setModified(true);
        check();
    });
    for (QLineEdit* edit : { m_borrowingWorkflow, m_lendingWorkflow, m_loanPeriod, m_lendingPeriod }) {
        connect(edit, &QLineEdit::textEdited, this, [this] { setModified(true); });
        connect(edit, &QLineEdit::editingFinished, this, &ConsortiumWindow::check);
    }

    m_membersView = new QTableView(page);
    m_membersView->setObjectName(QStringLiteral("members"));
    m_membersView->setModel(m_members);
    m_membersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    m_membersView->setAlternatingRowColors(true);
    layout->addWidget(m_membersView, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add Member"), page);
    auto* remove = new QPushButton(tr("Re&move Member"), page);
    auto* import = new QPushButton(tr("&Import CSV…"), page);
    auto* key = new QPushButton(tr("Member's API &Key…"), page);
    key->setToolTip(tr("The chosen member's read-only Alma API key, for Check in Alma. It is kept in the system "
                       "keychain, never in a file."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(import);
    buttons->addWidget(key);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_members->rowCount();
        m_members->insertRows(row, 1);
        m_membersView->setCurrentIndex(m_members->index(row, RosterTableModel::Code));
        m_membersView->edit(m_membersView->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_membersView->currentIndex();
        if (current.isValid())
            m_members->removeRows(current.row(), 1);
    });
    connect(import, &QPushButton::clicked, this, &ConsortiumWindow::importCsv);
    connect(key, &QPushButton::clicked, this, &ConsortiumWindow::setMemberKey);
    return page;
}

QWidget* ConsortiumWindow::createMatrixTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_filesLabel = new QLabel(page);
    m_filesLabel->setObjectName(QStringLiteral("checkSummary"));
    m_filesLabel->setWordWrap(true);
    auto* files = new QPushButton(tr("Member &Setup Files…"), page);
    auto* again = new QPushButton(tr("Check &Again"), page);
    again->setToolTip(tr("Reads the members' setup files again and checks every pair from them (results from a "
                         "check in Alma are set aside)."));
    auto* alma = new QPushButton(tr("Check in A&lma"), page);
    alma->setToolTip(tr("Reads the partners of every member with an API key from its own Alma (only GET calls), "
                        "then checks every pair. Members without a key are checked from their setup files."));
    top->addWidget(m_filesLabel, 1);
    top->addWidget(files);
    top->addWidget(again);
    top->addWidget(alma);
    connect(alma, &QPushButton::clicked, this, &ConsortiumWindow::checkInAlma);
    layout->addLayout(top);
    connect(files, &QPushButton::clicked, this, &ConsortiumWindow::addSetupFiles);
    connect(again, &QPushButton::clicked, this, [this] {
        forgetAlmaResults();
        setSetupFiles(m_setupFiles);
    });

    auto* splitter = new QSplitter(Qt::Vertical, page);
    m_matrixView = new QTableView(splitter);
    m_matrixView->setObjectName(QStringLiteral("matrix"));
    m_matrixView->setModel(m_matrix);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(28);
    m_matrixView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixView->setToolTip(tr("Rows borrow from columns. Arrow keys move between pairs."));
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(QStringLiteral("pair-details"));
    splitter->addWidget(m_matrixView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    QStringList legend;
    for (Reciprocity::State s : Reciprocity::states())
        legend.append(QStringLiteral("%1 %2").arg(Reciprocity::mark(s), Reciprocity::name(s)));
    auto* legendLabel = new QLabel(tr("Rows borrow from columns. ") + legend.join(QStringLiteral(" · ")), page);
    legendLabel->setWordWrap(true);
    layout->addWidget(legendLabel);

    connect(m_matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showPair(current); });
    connect(m_matrix, &QAbstractItemModel::modelReset, this, [this] {
        // The matrix is rebuilt on every check: keep the selection model's signal connected.
        showPair(m_matrixView->currentIndex());
    });
    return page;
}

void ConsortiumWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Consortium"), QKeySequence::New, this, [this] {
        if (maybeSave()) {
            m_path.clear();
            setRoster({});
            setSetupFiles({});
        }
    });
    file->addAction(tr("&Open Consortium…"), QKeySequence::Open, this, &ConsortiumWindow::open);
    file->addAction(tr("&Save"), QKeySequence::Save, this, &ConsortiumWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, &ConsortiumWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Import Members from CSV…"), this, &ConsortiumWindow::importCsv);
    file->addAction(tr("Member Setup &Files…"), this, &ConsortiumWindow::addSetupFiles);
    file->addAction(tr("Check in A&lma"), QKeySequence(Qt::CTRL | Qt::Key_L), this, &ConsortiumWindow::checkInAlma);
    file->addAction(tr("&Generate Member Setups…"), this, &ConsortiumWindow::generateSetups);
    file->addAction(
        tr("E&xport Matrix Report…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &ConsortiumWindow::exportReport);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

Roster ConsortiumWindow::roster() const
{
    Roster r;
    r.name = m_name;
    r.members = m_members->members();
    if (m_expiry->value() > 0)
        r.terms.expiryDays = m_expiry->value();
    r.terms.borrowingWorkflow = m_borrowingWorkflow->text().trimmed();
    r.terms.lendingWorkflow = m_lendingWorkflow->text().trimmed();
    r.terms.loanPeriod = m_loanPeriod->text().trimmed();
    r.terms.lendingPeriod = m_lendingPeriod->text().trimmed();
    return r;
}

void ConsortiumWindow::setRoster(const Roster& roster)
{
    m_name = roster.name;
    const QSignalBlocker blocker(m_expiry);
    m_expiry->setValue(roster.terms.expiryDays.value_or(0));
    m_borrowingWorkflow->setText(roster.terms.borrowingWorkflow);
    m_lendingWorkflow->setText(roster.terms.lendingWorkflow);
    m_loanPeriod->setText(roster.terms.loanPeriod);
    m_lendingPeriod->setText(roster.terms.lendingPeriod);
    m_members->setMembers(roster.members);
    forgetAlmaResults(); // another consortium
    m_sessionKeys.clear();
    setModified(false);
    check();
}

bool ConsortiumWindow::openFile(const QString& path)
{
    const RosterFile::Loaded loaded = RosterFile::load(path);
    if (!loaded.roster) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Open Consortium"), loaded.error.message());
        return false;
    }
    m_path = path;
    setRoster(*loaded.roster);
    // The member setups next to it, named after the members' codes, are checked at once.
    QStringList found;
    const QDir dir = QFileInfo(path).dir();
    for (const RosterMember& m : loaded.roster->members) {
        for (const QString& where : { dir.filePath(MemberSetupFiles::fileName(m)),
                 dir.filePath(QStringLiteral("members/") + MemberSetupFiles::fileName(m)) }) {
            if (QFileInfo::exists(where)) {
                found.append(where);
                break;
            }
        }
    }
    setSetupFiles(found);
    statusBar()->showMessage(tr("Opened %1: %n member(s).", nullptr, int(loaded.roster->members.size())).arg(path));
    return true;
}

void ConsortiumWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = Dialogs::openFileName(this, tr("Open Consortium"), QFileInfo(m_path).path(), filter());
    if (!path.isEmpty())
        openFile(path);
}

void ConsortiumWindow::setSetupFiles(const QStringList& paths)
{
    QStringList errors;
    m_setupFiles = paths;
    m_loaded = MemberSetupFiles::load(paths, &errors);
    MemberSetupFiles::assign(roster(), m_loaded, &errors);
    if (!errors.isEmpty())
        Dialogs::tell(this, QMessageBox::Warning, tr("Member Setup Files"), errors.join(QLatin1Char('\n')));
    check();
}

void ConsortiumWindow::addSetupFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Member Setup Files"), QFileInfo(m_path).path(),
        tr("Setup files (*%1);;All files (*)").arg(QLatin1String(SetupFile::Suffix)));
    if (!paths.isEmpty())
        setSetupFiles(paths);
}

void ConsortiumWindow::check()
{
    const Roster r = roster();
    QStringList errors;
    // Files read before the roster changed may now belong to other members: matched again (they
    // are read from disk again only by Check Again).
    m_partners = MemberSetupFiles::assign(r, m_loaded, &errors);
    int fromAlma = 0;
    for (auto it = m_live.cbegin(); it != m_live.cend(); ++it) {
        if (m_partners.contains(it.key())) {
            m_partners.insert(it.key(), it.value());
            fromAlma += it.value().read ? 1 : 0;
        }
    }
    const QModelIndex current = m_matrixView->currentIndex();
    m_matrix->setResult(Reciprocity::check(r, m_partners));
    if (current.isValid() && current.row() < m_matrix->rowCount() && current.column() < m_matrix->columnCount())
        m_matrixView->setCurrentIndex(m_matrix->index(current.row(), current.column()));
    const Reciprocity::Result& result = m_matrix->result();
    int read = 0;
    for (const auto& p : m_partners)
        read += p.read ? 1 : 0;
    const int n = int(result.codes.size());
    const int ok = result.count(Reciprocity::State::Ok);
    const int pairs = n * (n - 1) - result.count(Reciprocity::State::NotApplicable);
    if (m_live.isEmpty())
        m_filesLabel->setText(tr("%1 of %2 members read from their setup files. %3 of %4 pairs agree.")
                                  .arg(read)
                                  .arg(n)
                                  .arg(ok)
                                  .arg(pairs));
    else
        m_filesLabel->setText(
            tr("%1 of %2 members read (%3 from Alma at %4, the others from their setup files). %5 of %6 pairs agree.")
                .arg(read)
                .arg(n)
                .arg(fromAlma)
                .arg(QLocale().toString(m_liveAt.time(), QLocale::ShortFormat))
                .arg(ok)
                .arg(pairs));
}

void ConsortiumWindow::showPair(const QModelIndex& index)
{
    if (!index.isValid()) {
        m_details->setPlainText(tr("Choose a pair in the matrix (arrow keys or a click) to see why it has its state "
                                   "and what each member must change."));
        return;
    }
    const Reciprocity::Result& result = m_matrix->result();
    const QString borrower = result.codes.at(index.row());
    const QString lender = result.codes.at(index.column());
    QString html
        = QStringLiteral("<p><b>%1</b></p>").arg(m_matrix->describe(index.row(), index.column()).toHtmlEscaped());
    for (const QString& code : { borrower, lender }) {
        if (index.row() == index.column() && code == lender)
            break;
        const QStringList todo = result.todo.value(code);
        html += QStringLiteral("<p>%1</p><ul>").arg(tr("To do at %1:").arg(code).toHtmlEscaped());
        const QString other = code == borrower ? lender : borrower;
        bool any = false;
        for (const QString& item : todo) {
            if (item.contains(QStringLiteral(" %1 ").arg(other)) || item.contains(QStringLiteral(" %1'").arg(other))) {
                html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
                any = true;
            }
        }
        if (!any)
            html += QStringLiteral("<li>%1</li>").arg(tr("nothing for this pair").toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void ConsortiumWindow::importCsv()
{
    const QString path = Dialogs::openFileName(
        this, tr("Import Members from CSV"), QFileInfo(m_path).path(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    const RosterCsvReader::Result read = RosterCsvReader::readFile(path);
    if (!read.ok()) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Import Members from CSV"),
            tr("Nothing was imported:\n%1").arg(read.errors.mid(0, 20).join(QLatin1Char('\n'))));
        return;
    }
    if (m_members->rowCount() > 0) {
        Dialogs::Question q;
        q.title = tr("Import Members from CSV");
        q.text = tr("Replace the %1 members of the table with the %2 of %3?")
                     .arg(m_members->rowCount())
                     .arg(read.members.size())
                     .arg(QFileInfo(path).fileName());
        q.informativeText = tr("The agreed terms stay. Until you save, the consortium file is unchanged.");
        q.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        q.defaultButton = QMessageBox::Cancel;
        q.escapeButton = QMessageBox::Cancel;
        q.buttonTexts = { { QMessageBox::Yes, tr("&Replace") } };
        if (Dialogs::ask(this, q) != QMessageBox::Yes)
            return;
    }
    m_members->setMembers(read.members);
    forgetAlmaResults(); // read for the members before
    setModified(true);
    check();
    statusBar()->showMessage(tr("Imported %n member(s) from %1.", nullptr, int(read.members.size())).arg(path));
}

void ConsortiumWindow::generateSetups()
{
    const Roster r = roster();
    if (const QString wrong = RosterFile::problem(r); !wrong.isEmpty()) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Generate Member Setups"), wrong);
        return;
    }
    const QString templatePath = Dialogs::openFileName(this, tr("Template Setup"), QFileInfo(m_path).path(),
        tr("Setup files (*%1);;All files (*)").arg(QLatin1String(SetupFile::Suffix)));
    if (templatePath.isEmpty())
        return;
    const SetupFileFormat::Decoded templ = SetupFile::load(templatePath);
    if (!templ.document) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Generate Member Setups"), templ.error.message());
        return;
    }
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Folder of the Member Setups"), QFileInfo(m_path).path());
    if (dir.isEmpty())
        return;
    // Every existing member file is read first: one that cannot be read stops the run before
    // anything is written, as on the command line.
    QHash<QString, SetupFileFormat::Document> existingFiles;
    for (const RosterMember& m : r.members) {
        const QString path = QDir(dir).filePath(MemberSetupFiles::fileName(m));
        if (!QFileInfo::exists(path))
            continue;
        SetupFileFormat::Decoded loaded = SetupFile::load(path);
        if (!loaded.document) {
            Dialogs::tell(this, QMessageBox::Warning, tr("Generate Member Setups"),
                tr("%1\nNothing was written: fix or move that file and generate again.").arg(loaded.error.message()));
            return;
        }
        existingFiles.insert(path, std::move(*loaded.document));
    }
    QStringList written;
    QStringList problems;
    QStringList changes;
    for (const RosterMember& m : r.members) {
        const QString path = QDir(dir).filePath(MemberSetupFiles::fileName(m));
        const auto existing = existingFiles.constFind(path);
        const MemberSetupFiles::Update update = MemberSetupFiles::update(
            templ.document->data, r, m, existing == existingFiles.cend() ? nullptr : &*existing);
        for (const QString& c : update.changes)
            changes.append(QStringLiteral("%1: %2").arg(m.code(), c));
        if (const auto error = SetupFile::save(path, update.data, update.preserved))
            problems.append(error->message());
        else
            written.append(path);
    }
    setSetupFiles(written);
    QString text = tr("%n member setup(s) written to %1.", nullptr, int(written.size())).arg(dir);
    if (!changes.isEmpty())
        text += QLatin1Char('\n') + tr("Changes:") + QLatin1Char('\n') + changes.mid(0, 40).join(QLatin1Char('\n'));
    if (!problems.isEmpty())
        text += QLatin1Char('\n') + tr("Not written:") + QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    Dialogs::tell(
        this, problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Generate Member Setups"), text);
}

bool ConsortiumWindow::exportReportTo(const QString& path)
{
    const Roster r = roster();
    if (const auto failed = ReportExporter::write(MatrixReport::build(r, m_matrix->result(), m_partners), path)) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Export Matrix Report"), failed->message());
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1.").arg(path), 5000);
    return true;
}

void ConsortiumWindow::exportReport()
{
    const QString suggestion = QFileInfo(m_path).path() + QStringLiteral("/reciprocity.pdf");
    const QString path = Dialogs::saveFileName(
        this, tr("Export Matrix Report"), suggestion, tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (!path.isEmpty())
        exportReportTo(path);
}

bool ConsortiumWindow::saveTo(const QString& path)
{
    if (const auto failed = RosterFile::save(path, roster())) {
        Dialogs::tell(this, QMessageBox::Warning, tr("Save Consortium"), failed->message());
        return false;
    }
    m_path = path;
    setModified(false);
    statusBar()->showMessage(tr("Saved %1.").arg(path), 5000);
    return true;
}

bool ConsortiumWindow::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool ConsortiumWindow::saveAs()
{
    QString suggestion = m_path;
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(QStringLiteral("consortium") + QLatin1String(RosterFile::Suffix));
    const QString path = Dialogs::saveFileName(this, tr("Save Consortium"), suggestion, filter());
    return !path.isEmpty() && saveTo(path);
}

void ConsortiumWindow::setModified(bool modified)
{
    setWindowModified(modified);
    updateTitle();
}

void ConsortiumWindow::updateTitle()
{
    const QString name = m_path.isEmpty() ? tr("Untitled consortium") : QFileInfo(m_path).fileName();
    setWindowTitle(tr("%1[*] — Consortium — Alma Peer-to-Peer Setup").arg(name));
}

bool ConsortiumWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    Dialogs::Question q;
    q.icon = QMessageBox::Warning;
    q.title = tr("Unsaved Changes");
    q.text = tr("The consortium has changes that are not saved.");
    q.informativeText = tr("Save them before closing?");
    q.buttons = QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel;
    q.defaultButton = QMessageBox::Save;
    q.escapeButton = QMessageBox::Cancel;
    const QMessageBox::StandardButton answer = Dialogs::ask(this, q);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void ConsortiumWindow::setMemberKey()
{
    const QModelIndex current = m_membersView->currentIndex();
    const QList<RosterMember> members = m_members->members();
    if (!current.isValid() || current.row() >= members.size() || members.at(current.row()).code().isEmpty()) {
        Dialogs::tell(this, QMessageBox::Information, tr("Member's API Key"),
            tr("Choose a member with a code in the table first."));
        return;
    }
    const RosterMember member = members.at(current.row());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("API Key of %1").arg(member.code()));
    auto* layout = new QVBoxLayout(&dialog);
    auto* about = new QLabel(
        tr("<p>The read-only Alma API key of <b>%1</b> (%2), for Check in Alma: it needs read "
           "access to the Resource Sharing Partners API and the Configuration API.</p>"
           "<p>It is kept in the system keychain as \"%3\", never in a file. Leave it "
           "empty to remove it. ALMA_API_KEY_%4 in the environment takes precedence.</p>")
            .arg(member.record.name.toHtmlEscaped(),
                (member.almaInstitution.isEmpty() ? member.code() : member.almaInstitution).toHtmlEscaped(),
                MemberKeys::account(member).toHtmlEscaped(),
                MemberKeys::variable(member.code()).mid(13).toHtmlEscaped()),
        &dialog);
    about->setWordWrap(true);
    about->setMinimumWidth(480);
    auto* key = new QLineEdit(&dialog);
    key->setObjectName(QStringLiteral("memberKey"));
    key->setEchoMode(QLineEdit::Password);
    key->setAccessibleName(tr("API key"));
    auto* form = new QFormLayout;
    form->addRow(tr("API &key:"), key);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        setMemberKeyFor(member.code(), key->text());
}

void ConsortiumWindow::setMemberKeyFor(const QString& code, const QString& key)
{
    for (const RosterMember& m : m_members->members()) {
        if (m.code() != code)
            continue;
        if (key.trimmed().isEmpty())
            m_sessionKeys.remove(code);
        else
            m_sessionKeys.insert(code, key.trimmed());
        m_keys->store(m, key);
        statusBar()->showMessage(key.trimmed().isEmpty() ? tr("%1's key was removed.").arg(code)
                                                         : tr("%1's key is kept for Check in Alma.").arg(code),
            5000);
        return;
    }
}

void ConsortiumWindow::checkInAlma()
{
    if (m_reader || m_keys->isReading())
        return;
    const Roster r = roster();
    if (r.members.isEmpty())
        return;
    statusBar()->showMessage(tr("Looking up the members' keys…"));
    const int generation = m_generation;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_keys, &MemberKeys::finished, this, [this, r, generation, connection] {
        disconnect(*connection);
        statusBar()->clearMessage();
        if (generation == m_generation) // else another roster since: these keys and files are not its
            readFromAlma(r);
    });
    m_keys->read(r.members);
}

void ConsortiumWindow::readFromAlma(const Roster& r)
{
    // A key given here wins over the keychain's (it may have refused it), not over the environment.
    QHash<QString, MemberKeys::Found> keys = m_keys->found();
    QString keychainProblem;
    bool anyKey = false;
    for (auto it = m_sessionKeys.cbegin(); it != m_sessionKeys.cend(); ++it)
        if (keys.value(it.key()).from != MemberKeys::variable(it.key()))
            keys[it.key()] = { it.value(), tr("this window"), QString() };
    for (const MemberKeys::Found& found : std::as_const(keys)) {
        anyKey = anyKey || !found.key.isEmpty();
        if (!found.problem.isEmpty())
            keychainProblem = found.problem;
    }
    if (!anyKey) {
        QString text = tr("No member has an API key. Give each member's read-only key with Member's API Key… "
                          "on the Members tab, or set ALMA_API_KEY_<CODE> (e.g. %1) before starting the program.")
                           .arg(MemberKeys::variable(r.members.constFirst().code()));
        if (!keychainProblem.isEmpty())
            text += QLatin1String("\n\n") + keychainProblem;
        Dialogs::tell(this, QMessageBox::Information, tr("Check in Alma"), text);
        return;
    }
    QStringList errors;
    QHash<QString, Reciprocity::MemberPartners> partners = MemberSetupFiles::assign(r, m_loaded, &errors);
    const QList<AlmaMemberReader::Member> targets = AlmaMemberReader::targets(r, keys, &partners);
    auto* reader = new AlmaMemberReader(this);
    m_reader = reader;
    if (!targets.isEmpty()) {
        m_progress
            = new QProgressDialog(tr("Reading the partners of %n member(s) from Alma…", nullptr, int(targets.size())),
                tr("Cancel"), 0, int(targets.size()), this);
        m_progress->setWindowTitle(tr("Check in Alma"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            cancelCheckInAlma();
            statusBar()->showMessage(tr("Check in Alma cancelled; the matrix is as it was."), 5000);
        });
        // Queued: a modal progress dialog takes in events while it paints, and the reader
        // must not be entered again from inside its own signal.
        connect(
            reader, &AlmaMemberReader::memberRead, reader,
            [this](const QString&, int done, int) {
                if (m_progress)
                    m_progress->setValue(done);
            },
            Qt::QueuedConnection);
    }
    connect(
        reader, &AlmaMemberReader::finished, reader,
        [this, reader, keys, partners]() mutable {
            if (reader != m_reader)
                return; // cancelled meanwhile
            for (auto it = reader->results().cbegin(); it != reader->results().cend(); ++it)
                partners.insert(it.key(), it.value());
            // The members with a key: as Alma said, or why not. The others stay with their files.
            m_live.clear();
            for (auto it = keys.cbegin(); it != keys.cend(); ++it)
                if (!it.value().key.isEmpty() && partners.contains(it.key()))
                    m_live.insert(it.key(), partners.value(it.key()));
            m_liveAt = QDateTime::currentDateTime();
            cancelCheckInAlma(); // nothing is left to stop: closes the progress and ends the reader
            m_tabs->setCurrentIndex(1);
            check();
        },
        Qt::QueuedConnection);
    reader->read(targets);
}

void ConsortiumWindow::forgetAlmaResults()
{
    ++m_generation;
    cancelCheckInAlma();
    m_live.clear();
}

void ConsortiumWindow::cancelCheckInAlma()
{
    if (m_progress) {
        m_progress->disconnect(this); // closing it says canceled()
        m_progress->close();
        m_progress->deleteLater();
    }
    if (m_reader) {
        m_reader->cancel(); // no more calls, no more signals
        m_reader->deleteLater();
        m_reader = nullptr;
    }
}

void ConsortiumWindow::closeEvent(QCloseEvent* event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}
