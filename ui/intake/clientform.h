#pragma once

#include "domain/client.h"
#include "storage/clientmatcher.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace td::ui {

class DateLineEdit;
class FieldRegistry;
class FormUndo;
class SensitiveMask;

/// The client part of intake. Sensitive fields carry a lock and say they are withheld from
/// reports; a stored client's sensitive values stay masked until revealed (SensitiveMask). A name
/// or phone that matches a known client offers to link the case to them. Ticking "Anonymous"
/// removes the name, after a plain question.
class ClientForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientForm)

public:
    ClientForm(FieldRegistry &registry, FormUndo &undo, QWidget *parent = nullptr);

    void setClient(const Client &client);
    Client client() const;
    /// Shows possible duplicates of a new client (empty hides the panel).
    void showMatches(const QList<ClientMatch> &matches);
    QWidget *firstField() const;
    /// The stored client's sensitive values, masked until revealed.
    SensitiveMask *sensitiveMask() const { return m_mask; }
    /// Reveals every masked field (Ctrl+Shift+R); the editor adds it to its own shortcuts.
    QAction *revealAllAction() const { return m_revealAllAction; }

signals:
    void changed();
    /// The name or phone of a not-yet-linked client settled: look for known clients.
    void duplicateCheckRequested(const QString &fullName, const QString &phone);
    void linkRequested(const ClientMatch &match);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addRow(const char *label, QWidget *field, const QString &path, bool sensitive);
    /// Asks before an anonymous client loses the name typed; false leaves the box unticked.
    void confirmAnonymous();
    void updateAnonymous();
    void updateRevealAll();
    void updateLinkedBanner();
    void retranslate();

    FieldRegistry &m_registry;
    FormUndo &m_undo;
    qint64 m_clientId = 0;
    QList<ClientMatch> m_matches;

    QFormLayout *m_form = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    QCheckBox *m_anonymous = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_preferredName = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_interpreter = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    DateLineEdit *m_dateOfBirth = nullptr;
    QLineEdit *m_countryOfBirth = nullptr;
    QLineEdit *m_immigrationStatus = nullptr;
    QLineEdit *m_aNumber = nullptr;
    QCheckBox *m_consent = nullptr;
    DateLineEdit *m_consentDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    SensitiveMask *m_mask = nullptr;
    QPushButton *m_revealAll = nullptr;
    QAction *m_revealAllAction = nullptr;

    QFrame *m_duplicateFrame = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QListWidget *m_duplicateList = nullptr;
    QPushButton *m_linkButton = nullptr;
    QLabel *m_linkedLabel = nullptr;
    QPushButton *m_unlinkButton = nullptr;
    QTimer *m_duplicateTimer = nullptr;
};

} // namespace td::ui
