#include "lockscreen.h"

#include "common/passphrase.h"
#include "common/settings.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace td::ui {

LockScreen::LockScreen(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseLineEdit"));
    m_unlock->setObjectName(QStringLiteral("unlockPushButton"));
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMaximumWidth(360);
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_title->setFont(title);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_hint->setWordWrap(true);
    m_hint->setMaximumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_title, m_hint, m_passphrase, m_unlock, m_message})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    retranslate();
}

void LockScreen::prepare()
{
    m_passphrase->clear();
    m_message->clear();
    const bool hasPassphrase = !m_settings.passphraseHash().isEmpty();
    m_passphrase->setVisible(hasPassphrase);
    retranslate();
    (hasPassphrase ? static_cast<QWidget *>(m_passphrase) : static_cast<QWidget *>(m_unlock))
        ->setFocus(Qt::OtherFocusReason);
}

void LockScreen::tryUnlock()
{
    const QString stored = m_settings.passphraseHash();
    if (!stored.isEmpty() && !Passphrase::verify(stored, m_passphrase->text())) {
        m_passphrase->clear();
        m_message->setText(tr("That passphrase is not right. Try again."));
        return;
    }
    m_passphrase->clear();
    emit unlocked();
}

void LockScreen::retranslate()
{
    m_title->setText(tr("TrustDesk is locked"));
    m_hint->setText(m_settings.passphraseHash().isEmpty()
            ? tr("Case data is hidden while you are away. Set a passphrase in Edit › Security so "
                 "only you can unlock it.")
            : tr("Case data is hidden while you are away. Enter the app passphrase to continue."));
    m_passphrase->setAccessibleName(tr("App passphrase"));
    m_passphrase->setPlaceholderText(tr("App passphrase"));
    m_unlock->setText(tr("Unlock"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui
