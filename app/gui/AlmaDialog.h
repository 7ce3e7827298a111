#pragma once

#include "api/AlmaPlan.h"

#include <QDialog>

#include <memory>

class AlmaClient;
class AlmaSandbox;
class AlmaSync;
class ApiKeyStore;
class QCheckBox;
class QGroupBox;
class QHBoxLayout;
class QVBoxLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class SetupModel;
struct AlmaRunResult;

// Connects to Alma (a region, an address, or the built-in sandbox), tests what the key may do,
// and runs plan, push and verify for the open setup. A push only follows a plan the user has
// seen, and asks before it writes. Results go into the setup (and so into the file and the
// report); the API key never does.
class AlmaDialog : public QDialog {
    Q_OBJECT

public:
    AlmaDialog(SetupModel* model, QWidget* parent = nullptr);
    ~AlmaDialog() override;

    // Selects the built-in sandbox (also the default when nothing was chosen before).
    void useSandbox();

private:
    void buildUi();
    QGroupBox* buildConnection();
    QHBoxLayout* buildActions();
    void buildResults(QVBoxLayout* layout);
    void connectControls();
    bool connectClient(); // (re)creates the client for the chosen address and key
    // A region's name as users know it, with its code.
    static QString regionName(const QString& region);
    bool isRunning() const;
    bool usingSandbox() const;
    QString account() const; // the keychain entry: the API's host
    void start(const std::function<void(AlmaSync&)>& run, const QString& what);
    void finished(const AlmaRunResult& result);
    // `complete`: Alma could be read entirely (otherwise an empty plan means nothing).
    void showPlan(const AlmaPlan& plan, bool complete);
    void showRecords(QStringList keys);
    void confirmPush();
    void updateButtons();
    void updateRemaining(int remaining);
    void readStoredKey();

    SetupModel* m_model;
    ApiKeyStore* m_keys;
    std::unique_ptr<AlmaSandbox> m_sandbox;
    std::unique_ptr<AlmaClient> m_client;
    std::unique_ptr<AlmaSync> m_sync;
    QString m_connection; // address and key of m_client, to reuse it while they stay the same
    AlmaPlan m_plan;
    bool m_planIsCurrent = false;
    QString m_planInstitution; // the institution the current plan was read from, or empty

    QComboBox* m_where;
    QLineEdit* m_address;
    QLineEdit* m_key;
    QCheckBox* m_rememberKey;
    QLabel* m_sandboxBanner;
    QLabel* m_institution; // whose Alma the key opens, once known
    QPushButton* m_test;
    QPushButton* m_planButton;
    QPushButton* m_pushButton;
    QPushButton* m_verifyButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_remaining;
    QTreeWidget* m_items;
    QLabel* m_manual;
};
