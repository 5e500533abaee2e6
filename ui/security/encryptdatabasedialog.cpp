#include "encryptdatabasedialog.h"
#include "newpassphrasecheck.h"

#include "evidence/evidencestoreconversion.h"
#include "newpassphrasepage.h"
#include "recoverykeyactions.h"
#include "storage/vaultconversion.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace td::ui {
namespace {

using Step = VaultConversion::Step;

VaultKeyFile::Cost s_cost = VaultKeyFile::Cost::Standard;

enum Page
{
    ChoosePage,
    ProgressPage,
    RecoveryPage,
};

// One bar for the whole conversion: where each step starts and how much of the bar it takes.
int overall(Step step, int percent)
{
    struct Span
    {
        int from, width;
    };
    Span span {0, 0};
    switch (step) {
    case Step::Checking:
        span = {0, 2};
        break;
    case Step::Copying:
        span = {2, 53};
        break;
    case Step::Verifying:
        span = {55, 20};
        break;
    case Step::Evidence:
        span = {75, 22};
        break;
    case Step::Switching:
        span = {97, 3};
        break;
    }
    return span.from + span.width * std::clamp(percent, 0, 100) / 100;
}

} // namespace

// What the conversion thread and the dialog share. The thread waits in keepRecoveryKey until the
// dialog says whether the recovery key was kept.
struct EncryptDatabaseDialog::Shared
{
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<bool> keyKept;
    std::atomic<bool> cancel {false};
    std::atomic<bool> pastNoReturn {false};
    Status result;
    std::optional<Result<SecureKey>> key;

    void answer(bool kept)
    {
        {
            const std::lock_guard lock(mutex);
            if (!keyKept)
                keyKept = kept;
        }
        answered.notify_all();
    }
};

EncryptDatabaseDialog::EncryptDatabaseDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("encryptDatabaseDialog"));
    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makeProgressPage());
    m_pages->addWidget(makeRecoveryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(560);
    // Return in the second passphrase field starts the conversion; when its page is swapped for
    // the progress bar, focus lands on Cancel, and an auto-default Cancel would take the same
    // Return and stop the conversion at once. Only Encrypt is ever the default.
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    m_encrypt->setDefault(true);
    retranslate();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

EncryptDatabaseDialog::~EncryptDatabaseDialog()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_shared->answer(false);
        m_thread->wait();
        delete m_thread;
    }
}

void EncryptDatabaseDialog::setCostForTests(VaultKeyFile::Cost cost)
{
    s_cost = cost;
}

QWidget *EncryptDatabaseDialog::makeChoosePage()
{
    const auto p = NewPassphrasePage::make(this, QStringLiteral("encrypt"),
        QStringLiteral("encryptClosePushButton"), QStringLiteral("startEncryptionPushButton"));
    m_intro = p.intro;
    m_newLabel = p.newLabel;
    m_confirmLabel = p.confirmLabel;
    m_passphrase = p.passphrase;
    m_confirm = p.confirm;
    m_strength = p.strength;
    m_message = p.message;
    m_close = p.dismiss;
    m_encrypt = p.accept;
    connect(m_close, &QPushButton::clicked, this, &EncryptDatabaseDialog::reject);
    connect(m_encrypt, &QPushButton::clicked, this, &EncryptDatabaseDialog::start);
    connect(m_confirm, &QLineEdit::returnPressed, this, &EncryptDatabaseDialog::start);
    return p.page;
}

QWidget *EncryptDatabaseDialog::makeProgressPage()
{
    auto *page = new QWidget(this);
    m_stepLabel = new QLabel(page);
    m_stepLabel->setObjectName(QStringLiteral("encryptStepLabel"));
    m_stepLabel->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("encryptProgressBar"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(page);
    m_cancel->setObjectName(QStringLiteral("cancelEncryptionPushButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &EncryptDatabaseDialog::reject);
    return page;
}

QWidget *EncryptDatabaseDialog::makeRecoveryPage()
{
    auto *page = new QWidget(this);
    m_recoveryIntro = new QLabel(page);
    m_recoveryIntro->setObjectName(QStringLiteral("recoveryIntroLabel"));
    m_recoveryIntro->setWordWrap(true);
    m_key = new QLabel(page);
    m_key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_key->setFocusPolicy(Qt::StrongFocus);
    // Latin letters and digits in groups: always left to right, in a font that tells 0 from O.
    m_key->setLayoutDirection(Qt::LeftToRight);
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_key->setFont(mono);
    m_key->setFrameShape(QFrame::StyledPanel);
    m_key->setMargin(12);
    m_print = new QPushButton(page);
    m_print->setObjectName(QStringLiteral("printRecoveryKeyPushButton"));
    m_copy = new QPushButton(page);
    m_copy->setObjectName(QStringLiteral("copyRecoveryKeyPushButton"));
    m_save = new QPushButton(page);
    m_save->setObjectName(QStringLiteral("saveRecoveryKeyPushButton"));
    m_keptMessage = new QLabel(page);
    m_keptMessage->setObjectName(QStringLiteral("recoveryKeptLabel"));
    m_keptMessage->setWordWrap(true);
    m_written = new QCheckBox(page);
    m_written->setObjectName(QStringLiteral("recoveryWrittenCheckBox"));
    m_keyCancel = new QPushButton(page);
    m_keyCancel->setObjectName(QStringLiteral("recoveryCancelPushButton"));
    m_continue = new QPushButton(page);
    m_continue->setObjectName(QStringLiteral("finishEncryptionPushButton"));
    m_continue->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addStretch(1);
    auto *finish = new QHBoxLayout;
    finish->addWidget(m_written, 1);
    finish->addWidget(m_keyCancel);
    finish->addWidget(m_continue);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recoveryIntro);
    layout->addWidget(m_key);
    layout->addLayout(actions);
    layout->addWidget(m_keptMessage);
    layout->addStretch(1);
    layout->addLayout(finish);
    connect(m_print, &QPushButton::clicked, this,
        [this] { RecoveryKeyActions::print(this, m_databasePath, m_recoveryKey, m_keptMessage); });
    connect(m_copy, &QPushButton::clicked, this,
        [this] { RecoveryKeyActions::copy(m_recoveryKey, m_keptMessage); });
    connect(m_save, &QPushButton::clicked, this,
        [this] { RecoveryKeyActions::save(this, m_databasePath, m_recoveryKey, m_keptMessage); });
    connect(m_written, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_keyCancel, &QPushButton::clicked, this, &EncryptDatabaseDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_written->isChecked())
            keyKept(true);
    });
    return page;
}

void EncryptDatabaseDialog::updateStrength()
{
    m_strength->setText(RecoveryKeyActions::strengthHint(m_passphrase->text()));
}

void EncryptDatabaseDialog::start()
{
    if (m_thread)
        return;
    QString passphrase = m_passphrase->text();
    if (!NewPassphraseCheck::accept(
            m_passphrase, m_confirm, m_message, VaultKeyFile::kMinimumPassphraseLength))
        return;
    m_message->clear();
    m_passphrase->clear();
    m_confirm->clear();
    m_written->setChecked(false);
    m_step = int(Step::Checking);
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    m_pages->setCurrentIndex(ProgressPage);
    retranslate();
    emit convertingStarted(); // the window lets go of the database now

    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    const QString path = m_databasePath;
    const VaultKeyFile::Cost cost = s_cost;
    m_thread = QThread::create([this, shared, path, passphrase, cost]() mutable {
        int lastStep = -1;
        int lastPercent = -1;
        VaultConversion::Callbacks callbacks;
        callbacks.progress = [&](Step step, int percent) {
            if (step == Step::Switching && percent >= 25)
                shared->pastNoReturn = true;
            if (int(step) != lastStep || percent != lastPercent) {
                lastStep = int(step);
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    this, [this, step, percent] { showProgress(int(step), percent); },
                    Qt::QueuedConnection);
            }
            return !shared->cancel.load();
        };
        callbacks.evidence = EvidenceStoreConversion::sealForConversion;
        callbacks.keepRecoveryKey = [&](const QString &key) -> Status {
            QMetaObject::invokeMethod(
                this, [this, key] { showRecoveryKey(key); }, Qt::QueuedConnection);
            std::unique_lock lock(shared->mutex);
            shared->answered.wait(lock, [&shared] { return shared->keyKept.has_value(); });
            if (!*shared->keyKept)
                return Error {ErrorKind::BadInput, {}};
            return {};
        };
        shared->result = VaultConversion::encrypt(path, passphrase, cost, callbacks);
        // The window opens the vault with its key: unwrapped once more here, off the UI thread.
        if (shared->result.ok())
            shared->key = VaultKeyFile::unlock(VaultKeyFile::pathFor(path), passphrase);
        sodium_memzero(passphrase.data(), size_t(passphrase.size()) * sizeof(QChar));
    });
    sodium_memzero(passphrase.data(), size_t(passphrase.size()) * sizeof(QChar));
    m_thread->setObjectName(QStringLiteral("vault-encrypt"));
    connect(m_thread, &QThread::finished, this, &EncryptDatabaseDialog::finished);
    m_thread->start();
}

void EncryptDatabaseDialog::showProgress(int step, int percent)
{
    if (!m_thread)
        return;
    m_step = step;
    m_progress->setValue(overall(Step(step), percent));
    // Past the key file's rename the conversion can only be finished, not stopped.
    if (step == int(Step::Switching) && percent >= 25)
        m_cancel->setEnabled(false);
    if (m_pages->currentIndex() != RecoveryPage)
        m_pages->setCurrentIndex(ProgressPage);
    retranslate();
}

void EncryptDatabaseDialog::showRecoveryKey(const QString &key)
{
    m_recoveryKey = key;
    m_key->setText(key);
    m_keptMessage->clear();
    m_written->setChecked(false);
    m_pages->setCurrentIndex(RecoveryPage);
    m_key->setFocus(Qt::OtherFocusReason);
}

void EncryptDatabaseDialog::keyKept(bool kept)
{
    if (!m_shared)
        return;
    if (kept) {
        m_cancel->setEnabled(false); // the switch comes next and is quick
        m_pages->setCurrentIndex(ProgressPage);
    }
    m_shared->answer(kept);
}

void EncryptDatabaseDialog::finished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const auto shared = std::exchange(m_shared, nullptr);
    if (shared->result.ok() && shared->key && shared->key->ok()) {
        m_session = DatabaseSession(
            m_databasePath, std::make_shared<const SecureKey>(std::move(shared->key->value())));
        accept();
        return;
    }
    if (shared->result.ok()) { // encrypted, but the key did not unwrap again (very unlikely)
        m_needsRecovery = true;
        QDialog::reject();
        return;
    }
    const bool cancelled = shared->cancel.load() || (shared->keyKept && !*shared->keyKept);
    if (cancelled && !shared->pastNoReturn) {
        QDialog::reject();
        return;
    }
    m_recoveryKey.clear();
    m_key->clear();
    m_pages->setCurrentIndex(ChoosePage);
    if (shared->pastNoReturn) {
        m_needsRecovery = true;
        m_encrypt->setEnabled(false);
        m_message->setText(shared->result.error().message);
    } else {
        m_message->setText(tr("The database was not encrypted; it is as it was.\n%1")
                               .arg(shared->result.error().message));
    }
}

void EncryptDatabaseDialog::reject()
{
    switch (m_pages->currentIndex()) {
    case ChoosePage:
        QDialog::reject();
        return;
    case RecoveryPage:
        keyKept(false); // before the switch: undone, then the dialog closes
        return;
    default:
        if (m_thread && m_cancel->isEnabled()) {
            m_shared->cancel = true;
            m_cancel->setEnabled(false);
            m_stepLabel->setText(tr("Canceling… nothing will be changed."));
        }
        return;
    }
}

void EncryptDatabaseDialog::retranslate()
{
    setWindowTitle(tr("Encrypt This Database"));
    m_intro->setText(
        tr("<p><b>Encrypt %1</b></p>"
           "<p>Choose a passphrase. Once encrypted, nobody can read the clients' names, "
           "addresses, immigration status, the evidence files or anything else in this database "
           "without it, even with this computer's disk in their hands. You type it each time "
           "TrustDesk starts.</p>"
           "<p>An encrypted copy is made beside the database and checked against it; only then "
           "does it take the original's place, and the unencrypted files are deleted. If the "
           "passphrase is forgotten, the only way back in is the recovery key shown before the "
           "switch.</p>"
           "<p>Deleted files can linger in the disk's free space: full-disk encryption of this "
           "computer is what removes that last trace.</p>")
            .arg(QFileInfo(m_databasePath).fileName().toHtmlEscaped()));
    m_newLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Repeat it:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_close->setText(tr("Close"));
    m_encrypt->setText(tr("&Encrypt"));
    m_cancel->setText(tr("Cancel"));
    switch (Step(m_step)) {
    case Step::Checking:
        m_stepLabel->setText(tr("Checking the database…"));
        break;
    case Step::Copying:
        m_stepLabel->setText(tr("Encrypting the cases…"));
        break;
    case Step::Verifying:
        m_stepLabel->setText(tr("Comparing the encrypted copy with the original…"));
        break;
    case Step::Evidence:
        m_stepLabel->setText(tr("Encrypting the evidence files…"));
        break;
    case Step::Switching:
        m_stepLabel->setText(tr("Putting the encrypted database in place…"));
        break;
    }
    m_recoveryIntro->setText(
        tr("The encrypted copy is ready and checked. This is its recovery key, shown only this "
           "once. Write it down or print it, and keep it somewhere safe away from this computer. "
           "It opens the database if the passphrase is forgotten, so guard it like the "
           "passphrase. The encrypted copy takes the original's place when you continue."));
    m_print->setText(tr("&Print…"));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save as File…"));
    m_written->setText(tr("I have &written it down or stored it safely"));
    m_keyCancel->setText(tr("Cancel"));
    m_continue->setText(tr("C&ontinue"));
    m_key->setAccessibleName(tr("Recovery key"));
    updateStrength();
}

void EncryptDatabaseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui
