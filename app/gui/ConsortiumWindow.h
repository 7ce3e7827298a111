#pragma once

#include "consortium/MemberSetupFiles.h"
#include "consortium/ReciprocityCheck.h"
#include "consortium/Roster.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

class AlmaMemberReader;
class MemberKeys;
class QLineEdit;
class QProgressDialog;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QLabel;
class ReciprocityMatrixModel;
class RosterTableModel;

// A consortium coordinator's window: the roster (agreed terms and members, editable, imported
// from CSV), the members' setup files, the reciprocity matrix (arrow keys move from pair to pair;
// the pane below says why and what each side must change), generating the member setups and
// exporting the matrix report. Checking in Alma reads the partners of every member with a key
// (given here and kept in the system keychain, or in ALMA_API_KEY_<CODE>) from its own Alma;
// the others are checked from their files. Nothing unsaved is closed without asking.
class ConsortiumWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit ConsortiumWindow(QWidget* parent = nullptr);

    // Reads a consortium file; errors are shown in a message box. False: nothing changed.
    bool openFile(const QString& path);
    // The members' setup files to check (replacing the ones given before); errors are shown.
    void setSetupFiles(const QStringList& paths);
    bool saveTo(const QString& path);
    bool exportReportTo(const QString& path);

    Roster roster() const;
    QTableView* matrixView() const { return m_matrixView; }
    QTableView* membersView() const { return m_membersView; }
    QTextBrowser* details() const { return m_details; }
    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    bool save();
    bool saveAs();
    void open();
    void addSetupFiles();
    void importCsv();
    void generateSetups();
    void exportReport();
    void check();
    // Asks for the key of the member chosen in the members' table.
    void setMemberKey();
    // Reads the partners of every member with a key from its Alma, then checks.
    void checkInAlma();
    void setMemberKeyFor(const QString& code, const QString& key); // for the tests too

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createMembersTab();
    QWidget* createMatrixTab();
    void createMenus();
    void setRoster(const Roster& roster);
    void setModified(bool modified);
    void updateTitle();
    void showPair(const QModelIndex& index);
    // With the keys looked up: reads every member with one from its Alma, then checks.
    void readFromAlma(const Roster& roster);
    void cancelCheckInAlma();
    // Results from Alma no longer belong to the members shown (another roster, new files).
    void forgetAlmaResults();
    // Asks about unsaved changes; false when the user cancels.
    bool maybeSave();

    QString m_path;
    QString m_name;
    QTabWidget* m_tabs;
    RosterTableModel* m_members;
    ReciprocityMatrixModel* m_matrix;
    QTableView* m_membersView = nullptr;
    QTableView* m_matrixView = nullptr;
    QTextBrowser* m_details = nullptr;
    QLabel* m_filesLabel = nullptr;
    QSpinBox* m_expiry = nullptr;
    QLineEdit* m_borrowingWorkflow = nullptr;
    QLineEdit* m_lendingWorkflow = nullptr;
    QLineEdit* m_loanPeriod = nullptr;
    QLineEdit* m_lendingPeriod = nullptr;
    QStringList m_setupFiles;
    QList<MemberSetupFiles::LoadedFile> m_loaded; // m_setupFiles as read
    QHash<QString, Reciprocity::MemberPartners> m_partners;
    MemberKeys* m_keys;
    QHash<QString, QString> m_sessionKeys; // given in this window (also when the keychain refused)
    QPointer<AlmaMemberReader> m_reader; // while checking in Alma
    QPointer<QProgressDialog> m_progress;
    QHash<QString, Reciprocity::MemberPartners> m_live; // from the last check in Alma, by code
    QDateTime m_liveAt;
    int m_generation = 0; // a check in Alma started for an older one is dropped
};
