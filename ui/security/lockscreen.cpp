#include "lockscreen.h"

#include "common/passphrase.h"
#include "common/settings.h"
#include "office/serverlogin.h"
#include "storage/pgconnection.h"
#include "vaultunlocker.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace td::ui {
namespace {

int s_retryUnitMs = 1000;

} // namespace

LockScreen::LockScreen(Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
    , m_serverPassword(new QLineEdit(this))
    , m_unlock(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_setPassphrase(new QPushButton(this))
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_recoveryToggle(new QPushButton(this))
    , m_retryTimer(new QTimer(this))
    , m_unlocker(new VaultUnlocker(this))
    , m_serverLogin(new ServerLogin(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    m_hint->setObjectName(QStringLiteral("lockHintLabel"));
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseLineEdit"));
    m_unlock->setObjectName(QStringLiteral("unlockPushButton"));
    m_serverPassword->setObjectName(QStringLiteral("lockServerPasswordLineEdit"));
    m_serverPassword->setEchoMode(QLineEdit::Password);
    m_serverPassword->setMinimumWidth(320);
    m_serverPassword->setMaximumWidth(420);
    m_serverPassword->hide();
    m_cancel->setObjectName(QStringLiteral("cancelUnlockPushButton"));
    m_cancel->hide();
    m_setPassphrase->setObjectName(QStringLiteral("setPassphrasePushButton"));
    m_setPassphrase->hide();
    m_busy->setObjectName(QStringLiteral("unlockBusyProgressBar"));
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_recoveryToggle->setObjectName(QStringLiteral("useRecoveryKeyPushButton"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(320);
    m_passphrase->setMaximumWidth(420);
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    m_title->setFont(title);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_busy->setRange(0, 0); // busy: the time Argon2id takes is not known in steps
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(320);
    m_busy->hide();
    m_recoveryToggle->setFlat(true);
    m_recoveryToggle->setStyleSheet(QStringLiteral("color: palette(link);"));
    m_recoveryToggle->setCursor(Qt::PointingHandCursor);
    m_recoveryToggle->hide();
    m_retryTimer->setSingleShot(true);
    // One centred column of a readable width. The wrapped labels fill the column (no alignment
    // flag in the layout): a label aligned inside a box layout loses its height-for-width and
    // was clipped to one line.
    auto *column = new QWidget(this);
    column->setMinimumWidth(360);
    column->setMaximumWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_hint);
    columnLayout->addWidget(m_passphrase, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_serverPassword, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_setPassphrase, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_busy, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_message);
    columnLayout->addWidget(m_recoveryToggle, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_serverPassword, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_cancel, &QPushButton::clicked, this, &LockScreen::cancelServerUnlock);
    connect(m_serverLogin, &ServerLogin::finished, this, &LockScreen::serverAttemptFinished);
    connect(m_recoveryToggle, &QPushButton::clicked, this, &LockScreen::toggleRecovery);
    connect(m_setPassphrase, &QPushButton::clicked, this, &LockScreen::passphraseRequested);
    connect(m_unlocker, &VaultUnlocker::finished, this, &LockScreen::vaultAttemptFinished);
    connect(m_retryTimer, &QTimer::timeout, this, &LockScreen::retryAllowed);
    retranslate();
}

LockScreen::~LockScreen() = default;

void LockScreen::setRetryDelayUnitForTests(int milliseconds)
{
    s_retryUnitMs = std::max(0, milliseconds);
}

int LockScreen::retryDelay(int failures)
{
    if (failures <= 0)
        return 0;
    const int units = std::min(30, 1 << std::min(failures - 1, 5));
    return units * s_retryUnitMs;
}

void LockScreen::setVault(
    const QString &keyFilePath, const QString &databaseName, int failuresSoFar)
{
    if (keyFilePath != m_keyFile)
        m_failures = std::max(0, failuresSoFar);
    m_keyFile = keyFilePath;
    m_databaseName = databaseName;
    m_useRecoveryKey = false;
    m_recoveryToggle->setVisible(isVault());
    retranslate();
}

void LockScreen::setServer(const LockedServer &server)
{
    if (server.uri != m_server.uri)
        m_failures = 0;
    m_server = server;
    m_askPassword = server.askPassword;
    retranslate();
}

void LockScreen::prepare()
{
    if (m_serverLogin->isRunning())
        cancelServerUnlock();
    m_passphrase->clear();
    m_serverPassword->clear();
    m_message->clear();
    m_failureText.clear();
    m_serverPassword->setVisible(isServer() && m_askPassword);
    const bool hasPassphrase = isVault() || (isServer() && m_server.askOfficeKey)
        || !m_settings.passphraseHash().isEmpty();
    // Without a passphrase there is nothing to check: the only way in is to set one.
    m_passphrase->setVisible(hasPassphrase);
    m_unlock->setVisible(hasPassphrase);
    m_setPassphrase->setVisible(!hasPassphrase);
    retranslate();
    (hasPassphrase ? static_cast<QWidget *>(m_passphrase) : static_cast<QWidget *>(m_setPassphrase))
        ->setFocus(Qt::OtherFocusReason);
}

void LockScreen::tryUnlock()
{
    if (isVault()) {
        tryVaultUnlock();
        return;
    }
    if (isServer()) {
        tryServerUnlock();
        return;
    }
    const QString stored = m_settings.passphraseHash();
    if (stored.isEmpty()) // nothing protects the window: no one-click unlock
        return;
    if (!Passphrase::verify(stored, m_passphrase->text())) {
        m_passphrase->clear();
        showMessage(tr("That passphrase is not right. Try again."), true);
        return;
    }
    m_passphrase->clear();
    emit unlocked();
}

void LockScreen::tryVaultUnlock()
{
    if (m_unlocker->isRunning() || m_retryTimer->isActive() || !m_unlock->isEnabled())
        return;
    const QString secret = m_passphrase->text();
    if (secret.isEmpty()) {
        showMessage(
            m_useRecoveryKey ? tr("Enter the recovery key.") : tr("Enter the passphrase."), true);
        return;
    }
    m_passphrase->clear();
    m_message->clear();
    setBusy(true);
    m_unlocker->start(m_keyFile, secret,
        m_useRecoveryKey ? VaultUnlocker::Secret::RecoveryKey : VaultUnlocker::Secret::Passphrase);
}

void LockScreen::vaultAttemptFinished()
{
    auto result = m_unlocker->takeResult();
    if (!result)
        return;
    if (result->ok()) {
        setBusy(false);
        m_message->clear();
        m_failures = 0;
        emit vaultUnlocked(std::make_shared<const SecureKey>(std::move(*result).value()));
        return;
    }
    if (result->error().kind != ErrorKind::BadInput) {
        // A damaged key file or one that cannot be read: not a wrong guess, so not slowed down.
        setBusy(false);
        showMessage(result->error().message, true);
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    ++m_failures;
    emit vaultUnlockFailed();
    waitAfterWrongSecret(m_useRecoveryKey ? tr("That recovery key does not open this database.")
                                          : tr("That passphrase is not right."));
}

// A wrong guess: the next try waits longer each time (retryDelay).
void LockScreen::waitAfterWrongSecret(const QString &text)
{
    m_failureText = text;
    const int wait = retryDelay(m_failures);
    m_busy->hide();
    m_cancel->hide();
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_serverPassword->setEnabled(false);
    m_recoveryToggle->setEnabled(false);
    showMessage(tr("%1 You can try again in %n second(s).", nullptr, (wait + 999) / 1000)
                    .arg(m_failureText),
        true);
    m_retryTimer->start(wait);
}

void LockScreen::tryServerUnlock()
{
    if (m_serverLogin->isRunning() || m_retryTimer->isActive() || !m_unlock->isEnabled())
        return;
    std::optional<QString> passphrase;
    if (m_server.askOfficeKey) {
        if (m_passphrase->text().isEmpty()) {
            showMessage(tr("Enter your passphrase for the office key."), true);
            return;
        }
        passphrase = m_passphrase->text();
    } else {
        // No office key was held: the app passphrase is what proves it is the same person.
        const QString stored = m_settings.passphraseHash();
        if (stored.isEmpty())
            return;
        if (!Passphrase::verify(stored, m_passphrase->text())) {
            m_passphrase->clear();
            showMessage(tr("That passphrase is not right. Try again."), true);
            return;
        }
    }
    // Without a password first: ~/.pgpass, peer or trust may be all the server needs.
    QString uri = m_server.uri;
    if (!m_serverPassword->text().isEmpty())
        uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("password=")
            + QString::fromLatin1(QUrl::toPercentEncoding(m_serverPassword->text()));
    m_passphrase->clear();
    m_serverPassword->clear();
    m_message->clear();
    setBusy(true);
    m_cancel->show();
    m_serverLogin->start(uri, passphrase);
    m_attemptUri = uri;
    wipeSecret(uri);
    if (passphrase)
        wipeSecret(*passphrase);
}

void LockScreen::serverAttemptFinished()
{
    auto result = m_serverLogin->takeResult();
    if (!result)
        return;
    QString uri = std::exchange(m_attemptUri, QString());
    setBusy(false);
    m_cancel->hide();
    if (result->ok()) {
        m_message->clear();
        m_failures = 0;
        emit serverUnlocked(uri, result->value().officeKey, result->value().role);
        wipeSecret(uri);
        return;
    }
    const auto parsed = PgConnection::parse(uri);
    const bool typedPassword = parsed && !parsed.value().password.isEmpty();
    wipeSecret(uri);
    const Error &error = result->error();
    if (error.kind == ErrorKind::BadInput && m_server.askOfficeKey) {
        ++m_failures;
        waitAfterWrongSecret(tr("That passphrase does not open the office key."));
        return;
    }
    // The storage layer tells a refused login (Unauthenticated) from a server it cannot reach (Io).
    if (error.kind == ErrorKind::Unauthenticated && !typedPassword && !m_askPassword) {
        // The server wants a password now (~/.pgpass gone, a rule changed).
        m_askPassword = true;
        m_serverPassword->show();
        showMessage(tr("The office server did not let you in without a password. Enter your "
                       "server password as well, then try again."),
            true);
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    showMessage(error.message, true);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::cancelServerUnlock()
{
    m_serverLogin->cancel();
    wipeSecret(m_attemptUri);
    setBusy(false);
    m_cancel->hide();
    showMessage(tr("Stopped. Nothing was opened; you can try again."), false);
    (m_passphrase->isVisible() ? m_passphrase : m_serverPassword)->setFocus(Qt::OtherFocusReason);
}

void LockScreen::retryAllowed()
{
    setBusy(false);
    showMessage(tr("%1 Try again.").arg(m_failureText), true);
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_serverPassword->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_recoveryToggle->setEnabled(!busy);
    if (busy)
        showMessage(isServer() && m_server.askOfficeKey
                ? tr("Connecting to the office server and unlocking the office key…")
                : (isServer() ? tr("Connecting to the office server…") : tr("Unlocking…")),
            false);
}

void LockScreen::showMessage(const QString &text, bool problem)
{
    // Red only for what went wrong; "Unlocking…" is news, not a problem.
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    m_message->setText(text);
}

void LockScreen::toggleRecovery()
{
    m_useRecoveryKey = !m_useRecoveryKey;
    m_passphrase->clear();
    m_message->clear();
    // A recovery key is not secret from a shoulder while it is typed from paper; groups of
    // letters are easier to check when seen.
    m_passphrase->setEchoMode(m_useRecoveryKey ? QLineEdit::Normal : QLineEdit::Password);
    retranslate();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void LockScreen::retranslate()
{
    m_title->setText(tr("TrustDesk is locked"));
    if (isVault()) {
        m_hint->setText(m_useRecoveryKey
                ? tr("Type the recovery key you wrote down when the database %1 was made: 13 "
                     "groups of four letters and digits.")
                      .arg(m_databaseName)
                : tr("The database %1 is encrypted. Enter its passphrase to open it.")
                      .arg(m_databaseName));
        const QString field = m_useRecoveryKey ? tr("Recovery key") : tr("Database passphrase");
        m_passphrase->setAccessibleName(field);
        m_passphrase->setPlaceholderText(field);
        m_recoveryToggle->setText(m_useRecoveryKey
                ? tr("Use the &passphrase instead")
                : tr("Forgot the passphrase? Use the &recovery key"));
    } else if (isServer() && m_server.askOfficeKey) {
        // The office key was wiped at the lock: its passphrase unwraps it again, and proves
        // that it is the same person.
        m_hint->setText(tr("Case data on the office server (database %1) is hidden while you "
                           "are away. Enter your passphrase for the office key (login %2) to "
                           "continue.")
                            .arg(m_server.databaseName, m_server.login));
        m_passphrase->setAccessibleName(tr("Office key passphrase"));
        m_passphrase->setPlaceholderText(tr("Office key passphrase"));
    } else {
        m_hint->setText(m_settings.passphraseHash().isEmpty()
                ? tr("No passphrase protects this database: it is closed, but anyone at this "
                     "computer could open it again. Set an app passphrase now to continue; better "
                     "still, encrypt the database afterwards (Encrypt… in the banner) so its file "
                     "cannot be read without you.")
                : tr("Case data is hidden while you are away. Enter the app passphrase to "
                     "continue."));
        m_passphrase->setAccessibleName(tr("App passphrase"));
        m_passphrase->setPlaceholderText(tr("App passphrase"));
    }
    m_serverPassword->setAccessibleName(tr("Server password"));
    m_serverPassword->setPlaceholderText(tr("Password for the office server"));
    m_cancel->setText(tr("&Cancel"));
    m_unlock->setText(tr("&Unlock"));
    m_setPassphrase->setText(tr("&Set a Passphrase…"));
}

void LockScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace td::ui
