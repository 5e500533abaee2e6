#include "vaultsetupdialog.h"
#include "newpassphrasecheck.h"

#include "common/ownerfolder.h"
#include "newpassphrasepage.h"
#include "recoverykeyactions.h"

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

namespace td::ui {
namespace {

VaultKeyFile::Cost s_cost = VaultKeyFile::Cost::Standard;

} // namespace

struct VaultSetupDialog::Outcome
{
    std::optional<Result<VaultKeyFile::Created>> created;
    Status database;
};

VaultSetupDialog::VaultSetupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("vaultSetupDialog"));
    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makeCreatingPage());
    m_pages->addWidget(makeRecoveryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(560);
    retranslate();
    updateStrength();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

VaultSetupDialog::~VaultSetupDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void VaultSetupDialog::setCostForTests(VaultKeyFile::Cost cost)
{
    s_cost = cost;
}

QWidget *VaultSetupDialog::makeChoosePage()
{
    const auto p = NewPassphrasePage::make(this, QStringLiteral("vault"),
        QStringLiteral("vaultCancelPushButton"), QStringLiteral("createVaultPushButton"));
    m_intro = p.intro;
    m_newLabel = p.newLabel;
    m_confirmLabel = p.confirmLabel;
    m_passphrase = p.passphrase;
    m_confirm = p.confirm;
    m_strength = p.strength;
    m_message = p.message;
    m_cancel = p.dismiss;
    m_create = p.accept;
    connect(m_cancel, &QPushButton::clicked, this, &VaultSetupDialog::reject);
    connect(m_create, &QPushButton::clicked, this, &VaultSetupDialog::create);
    connect(m_confirm, &QLineEdit::returnPressed, this, &VaultSetupDialog::create);
    return p.page;
}

QWidget *VaultSetupDialog::makeCreatingPage()
{
    auto *page = new QWidget(this);
    m_creating = new QLabel(page);
    m_creating->setObjectName(QStringLiteral("vaultCreatingLabel"));
    m_creating->setWordWrap(true);
    m_busy = new QProgressBar(page);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_creating);
    layout->addWidget(m_busy);
    layout->addStretch(1);
    return page;
}

QWidget *VaultSetupDialog::makeRecoveryPage()
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
    m_continue = new QPushButton(page);
    m_continue->setObjectName(QStringLiteral("vaultContinuePushButton"));
    m_continue->setEnabled(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addWidget(m_copy);
    actions->addWidget(m_save);
    actions->addStretch(1);
    auto *finish = new QHBoxLayout;
    finish->addWidget(m_written, 1);
    finish->addWidget(m_continue);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recoveryIntro);
    layout->addWidget(m_key);
    layout->addLayout(actions);
    layout->addWidget(m_keptMessage);
    layout->addStretch(1);
    layout->addLayout(finish);
    connect(m_print, &QPushButton::clicked, this, &VaultSetupDialog::printKey);
    connect(m_copy, &QPushButton::clicked, this, &VaultSetupDialog::copyKey);
    connect(m_save, &QPushButton::clicked, this, &VaultSetupDialog::saveKey);
    connect(m_written, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_written->isChecked())
            accept();
    });
    return page;
}

void VaultSetupDialog::updateStrength()
{
    m_strength->setText(RecoveryKeyActions::strengthHint(m_passphrase->text()));
}

void VaultSetupDialog::create()
{
    if (m_thread)
        return;
    const QString passphrase = m_passphrase->text();
    if (!NewPassphraseCheck::accept(
            m_passphrase, m_confirm, m_message, VaultKeyFile::kMinimumPassphraseLength))
        return;
    m_message->clear();
    m_passphrase->clear();
    m_confirm->clear();
    m_pages->setCurrentIndex(1);
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    const QString databasePath = m_databasePath;
    const VaultKeyFile::Cost cost = s_cost;
    // Argon2id takes about a second: the key file and the empty database are made in a thread
    // of their own (the database's connection is opened and closed there).
    m_thread = QThread::create([outcome, databasePath, passphrase, cost] {
        const QString keyFile = VaultKeyFile::pathFor(databasePath);
        const QString folder = QFileInfo(databasePath).absolutePath();
        makeOwnerOnlyPath(folder); // a folder of our own, and any made above it: owner-only
        outcome->created = VaultKeyFile::create(keyFile, passphrase, cost);
        if (!outcome->created->ok())
            return;
        auto opened = Database::open(
            databasePath, Database::OpenMode::CreateIfMissing, outcome->created->value().dataKey);
        if (!opened) {
            outcome->database = opened.error();
            QFile::remove(keyFile); // nothing half-made stays behind
        }
    });
    m_thread->setObjectName(QStringLiteral("vault-create"));
    connect(m_thread, &QThread::finished, this, &VaultSetupDialog::created);
    m_thread->start();
}

void VaultSetupDialog::created()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const auto outcome = std::exchange(m_outcome, nullptr);
    const Error *error = nullptr;
    if (!outcome->created->ok())
        error = &outcome->created->error();
    else if (!outcome->database.ok())
        error = &outcome->database.error();
    if (error) {
        m_pages->setCurrentIndex(0);
        m_message->setText(
            tr("The encrypted database could not be created: %1").arg(error->message));
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    VaultKeyFile::Created &created = outcome->created->value();
    m_session = DatabaseSession(
        m_databasePath, std::make_shared<const SecureKey>(std::move(created.dataKey)));
    m_recoveryKey = created.recoveryKey;
    m_key->setText(m_recoveryKey);
    m_pages->setCurrentIndex(2);
    m_key->setFocus(Qt::OtherFocusReason);
}

void VaultSetupDialog::printKey()
{
    RecoveryKeyActions::print(this, m_databasePath, m_recoveryKey, m_keptMessage);
}

void VaultSetupDialog::copyKey()
{
    RecoveryKeyActions::copy(m_recoveryKey, m_keptMessage);
}

void VaultSetupDialog::saveKey()
{
    RecoveryKeyActions::save(this, m_databasePath, m_recoveryKey, m_keptMessage);
}

void VaultSetupDialog::reject()
{
    // Once made, the vault exists: the person has to see and keep the recovery key first.
    if (m_pages->currentIndex() != 0)
        return;
    QDialog::reject();
}

void VaultSetupDialog::retranslate()
{
    setWindowTitle(tr("Protect Your Cases"));
    m_intro->setText(
        tr("<p><b>TrustDesk keeps every case encrypted on this computer.</b></p>"
           "<p>Choose a passphrase. Without it nobody can read the clients' names, addresses, "
           "immigration status or anything else in TrustDesk, even with this computer's disk in "
           "their hands. You type it each time TrustDesk starts.</p>"
           "<p>If the passphrase is forgotten, the only way back in is the recovery key shown on "
           "the next page. Without either, the cases are lost for good: nobody, not even the "
           "makers of TrustDesk, can recover them.</p>"));
    m_newLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Repeat it:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Repeat the passphrase"));
    m_cancel->setText(tr("&Quit"));
    m_create->setText(tr("&Encrypt and Continue"));
    m_creating->setText(
        tr("Creating the encrypted database… This takes a few seconds: the passphrase is made "
           "deliberately slow to guess."));
    m_recoveryIntro->setText(
        tr("This is the recovery key. It is shown only this once. Write it down or print it, "
           "and keep it somewhere safe away from this computer. It opens the database if the "
           "passphrase is forgotten, so guard it like the passphrase."));
    m_print->setText(tr("&Print…"));
    m_copy->setText(tr("&Copy"));
    m_save->setText(tr("&Save as File…"));
    m_written->setText(tr("I have &written it down or stored it safely"));
    m_continue->setText(tr("C&ontinue"));
    m_key->setAccessibleName(tr("Recovery key"));
    updateStrength();
}

void VaultSetupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace td::ui
