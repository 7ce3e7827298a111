#include "api/ApiKeyStore.h"

#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("alma-p2p-wizard Alma API key");
} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : QObject(parent)
{
}

void ApiKeyStore::read(const QString& account)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(account);
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, account, job] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT keyRead(account, job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            Q_EMIT keyRead(account, QString());
        else if (job->error() == QKeychain::NoBackendAvailable)
            Q_EMIT failed(account, tr("This computer has no system keychain running."));
        else
            Q_EMIT failed(account, tr("The system keychain could not be read: %1").arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::write(const QString& account, const QString& key)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(account);
    job->setInsecureFallback(false); // never a plain-text file instead
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, account, job] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT written(account);
        else
            Q_EMIT failed(account,
                tr("The key could not be kept in the system keychain (%1); it stays in memory until the "
                   "program closes.")
                    .arg(job->errorString()));
    });
    job->start();
}

void ApiKeyStore::forget(const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this, account, job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            Q_EMIT failed(
                account, tr("The key could not be removed from the system keychain: %1").arg(job->errorString()));
        else
            Q_EMIT removed(account);
    });
    job->start();
}
