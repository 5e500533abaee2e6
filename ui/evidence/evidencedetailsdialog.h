#pragma once

#include "common/result.h"
#include "evidence/storedevidence.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace td::ui {

/// Corrects what a person recorded about one evidence item (description, source, date captured)
/// beside the facts that never change (name, type, size, SHA-256). The owner supplies the save;
/// when it fails the dialog stays open with what was typed and says why.
class EvidenceDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceDetailsDialog)

public:
    using Saver = std::function<Status(
        const QString &description, const QString &source, const QDateTime &capturedAt)>;

    EvidenceDetailsDialog(const StoredEvidence &evidence, Saver saver, QWidget *parent = nullptr);

    QString description() const;
    /// A code of EvidenceStore::sources(), or empty when not set.
    QString source() const;
    /// UTC to the second, as the store keeps it; invalid when unknown.
    QDateTime capturedAt() const;
    bool hasChanges() const;
    /// True while the date is a changed one that lies in the future (refused).
    bool dateRefused() const;
    QString messageText() const;

    void accept() override;

private:
    void updateState();
    void showMessage(const QString &text);
    static QString sourceLabel(const QString &source);

    EvidenceItem m_original;
    Saver m_saver;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_source = nullptr;
    QDateTimeEdit *m_captured = nullptr;
    QCheckBox *m_capturedUnknown = nullptr;
    QLabel *m_timeZoneLabel = nullptr;
    QLabel *m_capturedOrigin = nullptr; ///< where the time on record came from
    QTimeZone m_zone; ///< the office's: the date captured is shown and typed in it
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace td::ui
