#include "cli/ResultFileSaver.h"

#include "file/SetupFile.h"
#include "model/SetupModel.h"

ResultFileSaver::ResultFileSaver(SetupModel* model, const QString& path, const SetupFileFormat::Document& loaded)
    : m_model(model)
    , m_path(path)
    , m_original(loaded.data)
    , m_saved(loaded.data)
    , m_preserved(loaded.preserved)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ResultFileSaver::save);
    connect(model, &SetupModel::changed, this, [this] {
        if (m_timer.isActive())
            return;
        const qint64 wait = m_sinceSave.isValid() ? std::max<qint64>(0, 1000 - m_sinceSave.elapsed()) : 0;
        m_timer.start(int(wait));
    });
}

void ResultFileSaver::save()
{
    m_sinceSave.start();
    if (m_model->data() == m_saved || !m_error.isEmpty())
        return;
    if (const auto failed = SetupFile::save(m_path, m_model->data(), m_preserved)) {
        m_error = failed->message();
        return;
    }
    m_saved = m_model->data();
}

QString ResultFileSaver::finish()
{
    m_timer.stop();
    save();
    return m_error;
}

bool ResultFileSaver::changed() const
{
    return m_model->data() != m_original;
}
