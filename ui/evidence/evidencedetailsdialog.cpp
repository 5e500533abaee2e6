#include "evidencedetailsdialog.h"

#include "common/officeprofile.h"
#include "evidence/evidencelabels.h"
#include "evidence/evidencenames.h"
#include "evidence/evidencestore.h"
#include "models/evidencelistmodel.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace td::ui {
namespace {

QDateTime wholeSeconds(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    QDateTime out = dt.toUTC();
    const QTime t = out.time();
    out.setTime(QTime(t.hour(), t.minute(), t.second()));
    return out;
}

QLabel *factLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // file names are not markup
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EvidenceDetailsDialog::EvidenceDetailsDialog(
    const StoredEvidence &evidence, Saver saver, QWidget *parent)
    : QDialog(parent)
    , m_original(evidence.item)
    , m_saver(std::move(saver))
    , m_description(new QPlainTextEdit(this))
    , m_source(new QComboBox(this))
    , m_captured(new QDateTimeEdit(this))
    , m_capturedUnknown(new QCheckBox(this))
    , m_timeZoneLabel(new QLabel(this))
    , m_capturedOrigin(new QLabel(this))
    , m_zone(OfficeProfile::current().timeZone())
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("evidenceDetailsDialog"));
    setWindowTitle(tr("Evidence Details"));
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_captured->setObjectName(QStringLiteral("capturedDateTimeEdit"));
    m_capturedUnknown->setObjectName(QStringLiteral("capturedUnknownCheckBox"));
    m_message->setObjectName(QStringLiteral("evidenceDetailsMessageLabel"));
    m_buttons->setObjectName(QStringLiteral("evidenceDetailsButtonBox"));

    auto *intro
        = new QLabel(tr("Correct what was recorded about this file. The file itself never changes, "
                        "and the correction is kept in its chain of custody."),
            this);
    intro->setWordWrap(true);

    const auto &item = evidence.item;
    auto *sha = factLabel(
        QStringLiteral("sha256Label"), item.sha256.left(16) + QStringLiteral("…"), this);
    sha->setToolTip(item.sha256);
    sha->setAccessibleDescription(item.sha256);

    m_description->setPlainText(item.description);
    m_description->setTabChangesFocus(true); // Tab leaves the field, as everywhere else in the form
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 5);
    m_description->moveCursor(QTextCursor::End);

    m_source->addItem(tr("Not set"), QString());
    for (const QString &code : EvidenceStore::sources())
        m_source->addItem(sourceLabel(code), code);
    if (m_source->findData(item.source) < 0)
        m_source->addItem(
            item.source, item.source); // a value from an older or newer TrustDesk, kept as is
    m_source->setCurrentIndex(m_source->findData(item.source));

    // Year first in Western digits, as intake dates are typed: unambiguous whichever locale the
    // office uses. Seconds because camera and file times have them, and a correction should not
    // round them away. Left to right, set before the format: in a right-to-left window Qt 6.4
    // otherwise reverses the sections' order ("12:41:09 20-05-2024"). The calendar keeps the
    // interface's language and direction.
    m_captured->setLayoutDirection(Qt::LeftToRight);
    m_captured->setLocale(QLocale::c());
    m_captured->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_captured->setTimeSpec(Qt::LocalTime);
    m_captured->setCalendarPopup(true);
    auto *calendar = new QCalendarWidget(m_captured);
    calendar->setLocale(QLocale());
    calendar->setLayoutDirection(QGuiApplication::layoutDirection());
    m_captured->setCalendarWidget(calendar);
    // The time as the office's clock read it (the editor shows a plain wall-clock time), the zone
    // named beside it: a photo taken at 9:00 in Boston reads 9:00 on a laptop set to another zone.
    const QDateTime there = wholeSeconds(
        item.capturedAt.isValid() ? item.capturedAt : QDateTime::currentDateTimeUtc())
                                .toTimeZone(m_zone);
    m_captured->setDateTime(QDateTime(there.date(), there.time(), Qt::LocalTime));
    m_timeZoneLabel->setObjectName(QStringLiteral("capturedTimeZoneLabel"));
    m_timeZoneLabel->setText(QString::fromUtf8(m_zone.id()));
    m_timeZoneLabel->setToolTip(tr("The office's time zone (Preferences)"));
    m_capturedUnknown->setText(tr("&Unknown"));
    m_capturedUnknown->setChecked(!item.capturedAt.isValid());
    m_captured->setEnabled(item.capturedAt.isValid());
    // Where the time on record came from, so a caseworker knows whether it needs checking: a
    // file's modification time is often the day it was copied, not the day it was taken.
    m_capturedOrigin->setObjectName(QStringLiteral("capturedOriginLabel"));
    m_capturedOrigin->setWordWrap(true);
    auto *capturedRow = new QHBoxLayout;
    capturedRow->addWidget(m_captured, 1);
    capturedRow->addWidget(m_timeZoneLabel);
    capturedRow->addWidget(m_capturedUnknown);

    auto *descriptionLabel = new QLabel(tr("&Description:"), this);
    descriptionLabel->setBuddy(m_description);
    auto *sourceTitle = new QLabel(tr("&Source:"), this);
    sourceTitle->setBuddy(m_source);
    auto *capturedLabel = new QLabel(tr("Date ca&ptured:"), this);
    capturedLabel->setBuddy(m_captured);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"),
        factLabel(
            QStringLiteral("fileNameLabel"), EvidenceNames::displayName(item.originalName), this));
    form->addRow(tr("Type:"), factLabel(QStringLiteral("mediaTypeLabel"), item.mediaType, this));
    // The exact count matters for comparing with a copy; below 1000 the short form already is
    // exact.
    const QString size = item.sizeBytes < 1000
        ? EvidenceListModel::displaySize(item.sizeBytes)
        : tr("%1 (%2 bytes)")
              .arg(EvidenceListModel::displaySize(item.sizeBytes),
                  QLocale().toString(item.sizeBytes));
    form->addRow(tr("Size:"), factLabel(QStringLiteral("sizeLabel"), size, this));
    form->addRow(tr("SHA-256:"), sha);
    form->addRow(descriptionLabel, m_description);
    form->addRow(sourceTitle, m_source);
    form->addRow(capturedLabel, capturedRow);
    form->addRow(QString(), m_capturedOrigin);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();

    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    setTabOrder(m_description, m_source);
    setTabOrder(m_source, m_captured);
    setTabOrder(m_captured, m_capturedUnknown);
    setTabOrder(m_capturedUnknown, m_buttons);
    m_description->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &EvidenceDetailsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EvidenceDetailsDialog::reject);
    connect(m_description, &QPlainTextEdit::textChanged, this, &EvidenceDetailsDialog::updateState);
    connect(m_source, &QComboBox::currentIndexChanged, this, &EvidenceDetailsDialog::updateState);
    connect(m_captured, &QDateTimeEdit::dateTimeChanged, this, &EvidenceDetailsDialog::updateState);
    connect(m_capturedUnknown, &QCheckBox::toggled, this, [this](bool unknown) {
        m_captured->setEnabled(!unknown);
        updateState();
    });
    updateState();
}

QString EvidenceDetailsDialog::sourceLabel(const QString &source)
{
    return EvidenceLabels::source(source);
}

QString EvidenceDetailsDialog::description() const
{
    return m_description->toPlainText();
}

QString EvidenceDetailsDialog::source() const
{
    return m_source->currentData().toString();
}

QDateTime EvidenceDetailsDialog::capturedAt() const
{
    if (m_capturedUnknown->isChecked())
        return {};
    return wholeSeconds(QDateTime(m_captured->date(), m_captured->time(), m_zone));
}

bool EvidenceDetailsDialog::hasChanges() const
{
    return description() != m_original.description || source() != m_original.source
        || capturedAt() != wholeSeconds(m_original.capturedAt);
}

bool EvidenceDetailsDialog::dateRefused() const
{
    // As the store decides: only a changed date is checked, so a wrong camera clock already on
    // record does not block correcting the description.
    const QDateTime captured = capturedAt();
    return captured.isValid() && captured != wholeSeconds(m_original.capturedAt)
        && captured > QDateTime::currentDateTimeUtc();
}

QString EvidenceDetailsDialog::messageText() const
{
    return m_message->text();
}

void EvidenceDetailsDialog::updateState()
{
    const bool refused = dateRefused();
    showMessage(refused ? tr("The date captured is in the future. Pick a date and time that have "
                             "passed, or tick Unknown.")
                        : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(hasChanges() && !refused);
    // As the store will record it: a changed date becomes the caseworker's.
    const bool dateChanged = capturedAt() != wholeSeconds(m_original.capturedAt);
    const CaptureOrigin origin
        = dateChanged ? CaptureOrigin::Caseworker : m_original.capturedOrigin;
    m_capturedOrigin->setText(capturedAt().isValid()
            ? tr("Where this time comes from: %1").arg(EvidenceLabels::capturedOrigin(origin))
            : QString());
    m_capturedOrigin->setVisible(capturedAt().isValid());
}

void EvidenceDetailsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void EvidenceDetailsDialog::accept()
{
    updateState();
    if (!hasChanges() || dateRefused())
        return;
    if (m_saver) {
        const Status saved = m_saver(description(), source(), capturedAt());
        if (!saved) {
            // Everything typed stays in place, so the person can try again or copy it elsewhere.
            showMessage(tr("The details were not saved. %1").arg(saved.error().message));
            return;
        }
    }
    QDialog::accept();
}

} // namespace td::ui
