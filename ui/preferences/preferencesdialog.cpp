#include "preferencesdialog.h"

#include "common/settings.h"
#include "startup/caseworkerprofiledialog.h"
#include "translator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace td::ui {

PreferencesDialog::PreferencesDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_languageLabel->setObjectName(QStringLiteral("languageLabel"));
    m_noteLabel->setObjectName(QStringLiteral("languageNoteLabel"));
    m_buttons->setObjectName(QStringLiteral("preferencesButtonBox"));
    m_languageLabel->setBuddy(m_language);
    m_profile->setObjectName(QStringLiteral("caseworkerProfilePushButton"));
    m_profileLabel->setBuddy(m_profile);
    m_noteLabel->setWordWrap(true);

    // Each language by its own name, so someone who reads only that language can find it.
    m_language->addItem(QString(), QString());
    for (const QString &code : Translator::availableLanguages())
        m_language->addItem(Translator::nativeLanguageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_noteLabel);
    auto *profileForm = new QFormLayout;
    profileForm->addRow(m_profileLabel, m_profile);
    layout->addLayout(profileForm);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
        &PreferencesDialog::apply);
    connect(
        m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateApplyButton);
    connect(m_profile, &QPushButton::clicked, this, &PreferencesDialog::editProfile);

    retranslate();
    updateApplyButton();
}

QString PreferencesDialog::selectedLanguage() const
{
    return m_language->currentData().toString();
}

void PreferencesDialog::apply()
{
    const QString code = selectedLanguage();
    m_settings.setLanguage(code);
    m_settings.sync();
    Translator::install(code);
    updateApplyButton();
}

void PreferencesDialog::updateApplyButton()
{
    m_buttons->button(QDialogButtonBox::Apply)
        ->setEnabled(selectedLanguage() != m_settings.language());
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0,
        tr("System default (%1)")
            .arg(Translator::nativeLanguageName(Translator::resolve(QString()))));
    m_language->setToolTip(tr("The language of menus, buttons and messages. Case records stay in "
                              "the language they were written in."));
    m_noteLabel->setText(tr("The new language applies at once. Dates and numbers follow it."));
    m_profileLabel->setText(tr("&Recorded as:"));
    const QString actor = m_settings.caseworkerProfile().actor();
    m_profile->setText(actor.isEmpty() ? tr("Set the caseworker profile…") : actor);
    m_profile->setToolTip(tr("The name and role that the audit log and the chain of custody "
                             "record for what you do. Click to change them."));
}

void PreferencesDialog::editProfile()
{
    if (CaseworkerProfileDialog::edit(m_settings, this))
        retranslate();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Texts are longer in some languages, and the standard buttons retranslate after this
        // handler: grow once every widget has its new text.
        QTimer::singleShot(0, this, &PreferencesDialog::growToContents);
    }
    QDialog::changeEvent(event);
}

void PreferencesDialog::growToContents()
{
    resize(size().expandedTo(sizeHint()));
}

} // namespace td::ui
