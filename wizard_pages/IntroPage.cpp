#include "IntroPage.h"

#include "FieldForm.h"
#include "PageLayout.h"
#include "model/FieldCatalog.h"
#include "model/FieldId.h"
#include "model/Presets.h"
#include "model/SetupModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

IntroPage::IntroPage(SetupModel* model, QWidget* parent)
    : QWizardPage(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("page-introduction"));
    setTitle(tr("Peer-to-peer resource sharing setup"));
    QVBoxLayout* layout = PageLayout::scrollingLayout(this);

    auto* about = PageLayout::wrappingLabel(
        tr("This wizard walks you through the 14 sections of configuring peer-to-peer resource "
           "sharing in your Alma Institution Zone. Enter the values you will use, tick each "
           "step as you do it in Alma, and come back to any section at any time: the list on "
           "the left shows how far the setup has come."),
        this);
    layout->addWidget(about);

    auto* roles
        = PageLayout::wrappingLabel(tr("Roles you need in Alma: Fulfillment Administrator and Resource Sharing "
                                       "Partners Manager. Work at the institution level unless a step says otherwise."),
            this);
    layout->addWidget(roles);

    auto* who = new FieldForm(model, this);
    who->addField(FieldId::Institution);
    who->addField(FieldId::PreparedBy);
    auto* whoBox = new QGroupBox(tr("Who and where"), this);
    (new QVBoxLayout(whoBox))->addWidget(who);
    layout->addWidget(whoBox);

    auto* presetBox = new QGroupBox(tr("Start from"), this);
    auto* presetLayout = new QVBoxLayout(presetBox);
    auto* presetRow = new QHBoxLayout;
    const FieldSpec& presetSpec = FieldCatalog::get(FieldId::Preset);
    auto* presetLabel = new QLabel(presetSpec.translatedLabel(), presetBox);
    auto* presets = new QComboBox(presetBox);
    presets->setObjectName(QStringLiteral("preset"));
    for (const QString& key : Presets::keys())
        presets->addItem(presetSpec.choiceLabel(key), key);
    presetLabel->setBuddy(presets);
    auto* apply = new QPushButton(tr("Appl&y preset"), presetBox);
    apply->setObjectName(QStringLiteral("apply-preset"));
    presetRow->addWidget(presetLabel);
    presetRow->addWidget(presets, 1);
    presetRow->addWidget(apply);
    presetLayout->addLayout(presetRow);
    auto* presetNote
        = PageLayout::wrappingLabel(tr("WRLC AFN/CLS uses your main library as the resource sharing library, with "
                                       "its existing CLSBORR and CLSLEND as temporary locations (as the guide says). "
                                       "Blank leaves your codes empty. Both fill in names the guide does not give "
                                       "with this program's suggestions, marked \"suggested\". Applying a preset "
                                       "replaces the values of every section (ticked steps stay); Edit > Undo brings "
                                       "them back."),
            presetBox);
    presetLayout->addWidget(presetNote);
    layout->addWidget(presetBox);
    layout->addStretch();

    auto syncPreset = [presets, model] {
        presets->setCurrentIndex(presets->findData(model->text(QString::fromLatin1(FieldId::Preset))));
    };
    syncPreset();
    connect(apply, &QPushButton::clicked, this,
        [presets, model] { model->applyPreset(presets->currentData().toString()); });
    connect(model, &SetupModel::fieldChanged, this, [this, syncPreset](const QString& id) {
        if (id == QLatin1String(FieldId::Preset))
            syncPreset();
        if (id == QLatin1String(FieldId::Institution))
            Q_EMIT completeChanged();
    });
    connect(model, &SetupModel::modelReset, this, [this, syncPreset] {
        syncPreset();
        Q_EMIT completeChanged();
    });
}

bool IntroPage::isComplete() const
{
    return !m_model->text(QString::fromLatin1(FieldId::Institution)).trimmed().isEmpty();
}
