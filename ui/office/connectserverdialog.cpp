#include "connectserverdialog.h"

#include "dialogs/filedialog.h"
#include "jobs/busytask.h"
#include "serverlogin.h"
#include "storage/database.h"
#include "storage/officerestoretarget.h"
#include "storage/pgconnection.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// The query keys the fields can show; a remembered URI with any other is shown as a URI.
bool fieldsCanShow(const QUrlQuery &query)
{
    static const QStringList known {QStringLiteral("host"), QStringLiteral("user"),
        QStringLiteral("sslrootcert"), QStringLiteral("connect_timeout")};
    for (const auto &item : query.queryItems())
        if (!known.contains(item.first))
            return false;
    return true;
}

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_hostLabel(new QLabel(this))
    , m_portLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_loginLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_caLabel(new QLabel(this))
    , m_uriLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_caRow(new QWidget(this))
    , m_useUri(new QCheckBox(this))
    , m_uri(new QLineEdit(this))
    , m_passwordHint(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("connectServerDialog"));
    m_host->setObjectName(QStringLiteral("serverHostLineEdit"));
    m_port->setObjectName(QStringLiteral("serverPortLineEdit"));
    m_database->setObjectName(QStringLiteral("serverDatabaseLineEdit"));
    m_login->setObjectName(QStringLiteral("serverLoginLineEdit"));
    m_password->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_caFile->setObjectName(QStringLiteral("serverCaFileLineEdit"));
    m_browse->setObjectName(QStringLiteral("serverCaBrowsePushButton"));
    m_useUri->setObjectName(QStringLiteral("serverUseUriCheckBox"));
    m_uri->setObjectName(QStringLiteral("serverUriLineEdit"));
    m_message->setObjectName(QStringLiteral("connectServerMessageLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(fontMetrics().averageCharWidth() * 10);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_databaseLabel->setBuddy(m_database);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_caLabel->setBuddy(m_caFile);
    m_uriLabel->setBuddy(m_uri);
    m_intro->setWordWrap(true);
    m_passwordHint->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    auto *caLayout = new QHBoxLayout(m_caRow);
    caLayout->setContentsMargins(0, 0, 0, 0);
    caLayout->addWidget(m_caFile, 1);
    caLayout->addWidget(m_browse);
    connect(m_browse, &QPushButton::clicked, this, &ConnectServerDialog::browseCertificate);

    m_form->addRow(m_hostLabel, m_host);
    m_form->addRow(m_portLabel, m_port);
    m_form->addRow(m_databaseLabel, m_database);
    m_form->addRow(m_loginLabel, m_login);
    m_form->addRow(m_caLabel, m_caRow);
    m_form->addRow(m_uriLabel, m_uri);
    m_form->addRow(m_passwordLabel, m_password);
    m_form->addRow(QString(), m_passwordHint);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectServerPushButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectServerDialog::reject);
    connect(m_useUri, &QCheckBox::toggled, this, &ConnectServerDialog::updateMode);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_useUri);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_login);
    setTabOrder(m_login, m_caFile);
    setTabOrder(m_caFile, m_browse);
    setTabOrder(m_browse, m_uri);
    setTabOrder(m_uri, m_password);
    setTabOrder(m_password, m_useUri);
    retranslate();
    updateMode();
}

ConnectServerDialog::~ConnectServerDialog() = default;

void ConnectServerDialog::retranslate()
{
    if (m_purpose == Purpose::RestoreTarget) {
        setWindowTitle(tr("Restore into an Empty Office Database"));
        m_intro->setText(
            tr("An office backup is restored only into an empty office database, never over "
               "one that holds cases. Make a new database on the server (createdb), then enter "
               "it here; the server and login are those you are connected with. Continue checks "
               "that it is empty before anything is written."));
        m_connect->setText(tr("C&ontinue"));
    } else {
        setWindowTitle(tr("Connect to Office Server"));
        m_intro->setText(tr("Your office keeps its cases on a shared server. Enter what your "
                            "administrator gave you."));
        m_connect->setText(tr("&Connect"));
    }
    m_hostLabel->setText(tr("&Server:"));
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setPlaceholderText(tr("5432"));
    m_databaseLabel->setText(tr("&Database:"));
    m_loginLabel->setText(tr("Your &login:"));
    m_caLabel->setText(tr("Certificate &authority:"));
    m_caFile->setPlaceholderText(tr("Optional: the office's certificate file (PEM)"));
    m_browse->setText(tr("B&rowse…"));
    m_uriLabel->setText(tr("Connection &URI:"));
    m_uri->setPlaceholderText(tr("postgresql://login@server/database"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_passwordHint->setText(tr("Only when the server asks for one. It is kept in memory for this "
                               "session and never saved."));
    m_useUri->setText(tr("Paste a connection URI &instead"));
}

void ConnectServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ConnectServerDialog::updateMode()
{
    const bool uri = m_useUri->isChecked();
    for (QWidget *field :
        std::initializer_list<QWidget *> {m_host, m_port, m_database, m_login, m_caRow})
        m_form->setRowVisible(field, !uri);
    m_form->setRowVisible(m_uri, uri);
    (uri ? m_uri : m_host)->setFocus();
}

void ConnectServerDialog::browseCertificate()
{
    const QString start = m_caFile->text().isEmpty() ? QDir::homePath()
                                                     : QFileInfo(m_caFile->text()).absolutePath();
    const QString file = FileDialog::certificateAuthority(this, start);
    if (!file.isEmpty())
        m_caFile->setText(QDir::toNativeSeparators(file));
}

void ConnectServerDialog::setUri(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    const bool fields = PgConnection::isUri(uri) && url.password().isEmpty() && fieldsCanShow(query)
        && PgConnection::parse(uri).ok();
    m_useUri->setChecked(!fields);
    if (fields) {
        const PgConnection c = PgConnection::parse(uri).value();
        m_host->setText(c.host);
        m_port->setText(c.port > 0 ? QString::number(c.port) : QString());
        m_database->setText(c.database);
        m_login->setText(c.user);
        m_caFile->setText(query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded));
    } else {
        m_uri->setText(uri);
    }
    updateMode();
    m_password->setFocus();
    if (m_purpose == Purpose::RestoreTarget && fields) {
        m_database->clear(); // a new database: never the one connected to
        m_database->setFocus();
    }
}

void ConnectServerDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

Result<QString> ConnectServerDialog::connectionUri() const
{
    const QString password = m_password->text();
    if (m_useUri->isChecked()) {
        QString uri = m_uri->text().trimmed();
        if (!PgConnection::isUri(uri))
            return Error {ErrorKind::BadInput,
                tr("A connection URI starts with postgresql:// — for example "
                   "postgresql://login@server/database.")};
        auto parsed = PgConnection::parse(uri);
        if (!parsed)
            return parsed.error();
        if (!password.isEmpty() && parsed.value().password.isEmpty())
            uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                + QStringLiteral("password=") + encoded(password);
        if (!uri.contains(QLatin1String("connect_timeout=")))
            uri += (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
                + QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
        return uri;
    }

    const QString host = m_host->text().trimmed();
    const QString port = m_port->text().trimmed();
    const QString database = m_database->text().trimmed();
    const QString login = m_login->text().trimmed();
    const QString ca = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    const bool socket = host.startsWith(QLatin1Char('/'));
    static const QRegularExpression hostName(QStringLiteral("^[A-Za-z0-9._:\\-\\[\\]]+$"));
    if (!host.isEmpty() && !socket && !hostName.match(host).hasMatch())
        return Error {ErrorKind::BadInput,
            tr("“%1” is not a server name. Enter a name such as db.example.org, an address, or a "
               "socket folder starting with /.")
                .arg(host)};
    if (socket && !QFileInfo(host).isDir())
        return Error {ErrorKind::BadInput,
            tr("The socket folder %1 does not exist on this computer.")
                .arg(QDir::toNativeSeparators(host))};
    bool portOk = true;
    const int portNumber = port.isEmpty() ? 0 : port.toInt(&portOk);
    if (!portOk || portNumber < 0 || portNumber > 65535)
        return Error {ErrorKind::BadInput, tr("The port is a number from 1 to 65535.")};
    if (database.isEmpty())
        return Error {ErrorKind::BadInput,
            tr("Enter the name of the office's database (your administrator knows it).")};
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return Error {ErrorKind::BadInput,
            tr("The certificate authority file %1 cannot be read.")
                .arg(QDir::toNativeSeparators(ca))};

    QString uri = QStringLiteral("postgresql://");
    if (!socket && !host.isEmpty()) {
        if (!login.isEmpty())
            uri += encoded(login) + QLatin1Char('@');
        uri += host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['))
            ? QLatin1Char('[') + host + QLatin1Char(']')
            : host;
        if (portNumber > 0)
            uri += QLatin1Char(':') + QString::number(portNumber);
    }
    uri += QLatin1Char('/') + encoded(database);
    QStringList params;
    if (socket || host.isEmpty()) {
        if (socket)
            params << QStringLiteral("host=") + encoded(host);
        if (!login.isEmpty())
            params << QStringLiteral("user=") + encoded(login);
        if (portNumber > 0)
            params << QStringLiteral("port=%1").arg(portNumber);
    }
    if (!ca.isEmpty())
        params << QStringLiteral("sslrootcert=") + encoded(ca);
    params << QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
    if (!password.isEmpty())
        params << QStringLiteral("password=") + encoded(password);
    uri += QLatin1Char('?') + params.join(QLatin1Char('&'));
    if (auto parsed = PgConnection::parse(uri); !parsed)
        return parsed.error();
    return uri;
}

void ConnectServerDialog::accept()
{
    const auto uri = connectionUri();
    if (!uri) {
        setMessage(uri.error().message);
        return;
    }
    if (m_purpose == Purpose::RestoreTarget) {
        if (checkTarget(uri.value())) {
            m_connectedUri = uri.value();
            QDialog::accept();
        }
        return;
    }
    // Off the UI thread, with a progress dialog whose Cancel gives the fields back; libpq's
    // connect_timeout bounds the wait (ServerLogin).
    m_connect->setEnabled(false);
    m_message->setStyleSheet(QString());
    setMessage(tr("Connecting…"));
    auto opened = ServerLogin::openWithProgress(this, uri.value());
    m_connect->setEnabled(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    if (!opened) {
        setMessage(tr("Connecting was cancelled. What you typed is still here."));
        return;
    }
    if (!opened->ok()) {
        setMessage(opened->error().message);
        return;
    }
    setMessage(QString());
    m_connected = std::move(opened->value());
    m_connectedUri = uri.value();
    QDialog::accept();
}

bool ConnectServerDialog::checkTarget(const QString &uri)
{
    m_connect->setEnabled(false);
    m_message->setStyleSheet(QString());
    setMessage(tr("Checking that the database is empty…"));
    auto login = std::make_shared<QString>();
    // Deep copy: the pool thread holds the only copy of the password it wipes.
    auto work = [login, own = QString(uri.constData(), uri.size())]() mutable -> Status {
        auto checked = OfficeRestoreTarget::check(own);
        wipeSecret(own);
        if (!checked)
            return checked.error();
        *login = checked.value();
        return {};
    };
    const auto checked = BusyTask::run(this, tr("Checking the office database…"), std::move(work));
    m_connect->setEnabled(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    if (!checked) {
        setMessage(tr("Checking was cancelled. What you typed is still here."));
        return false;
    }
    if (!checked->ok()) {
        setMessage(checked->error().message);
        return false;
    }
    setMessage(QString());
    m_targetLogin = *login;
    return true;
}

std::unique_ptr<Database> ConnectServerDialog::takeDatabase()
{
    return std::move(m_connected);
}

} // namespace td::ui
