#pragma once

#include "domain/incident.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace td::ui {

class DateLineEdit;
class FieldRegistry;
class FormUndo;
class RowListEditor;
class SensitiveMask;

/// One incident: when and where, what kinds of conduct, the narrative, officers and witnesses.
class IncidentForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentForm)

public:
    IncidentForm(int index, FieldRegistry &registry, FormUndo &undo, QWidget *parent = nullptr);
    /// Sets the keyboard order of the form's fields; call once the form is in its window.
    void orderTabs();
    ~IncidentForm() override;

    void setIncident(const Incident &incident);
    Incident incident() const;
    QWidget *firstField() const;
    /// Hides stored witness contacts until revealed; the editor records each reveal.
    SensitiveMask *witnessMask() const { return m_witnessMask; }
    RowListEditor *officersEditor() const { return m_officers; }
    QLineEdit *agencyLineEdit() const { return m_agency; }

signals:
    void changed();
    /// The caseworker wants to read the guidance article for a violation category.
    void guidanceRequested(const QString &categoryCode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString path(const char *key) const;

    int m_index;
    FieldRegistry &m_registry;
    FormUndo &m_undo;
    QList<QPair<QLabel *, const char *>> m_labels;
    DateLineEdit *m_date = nullptr;
    DateLineEdit *m_time = nullptr;
    QLineEdit *m_location = nullptr;
    QComboBox *m_district = nullptr;
    QLineEdit *m_agency = nullptr;
    struct Category
    {
        QString code;
        QCheckBox *box = nullptr;
        QLabel *description = nullptr;
        QPushButton *link = nullptr;
    };
    QList<Category> m_categories;
    QPlainTextEdit *m_narrative = nullptr;
    RowListEditor *m_officers = nullptr;
    RowListEditor *m_witnesses = nullptr;
    SensitiveMask *m_witnessMask = nullptr;
};

} // namespace td::ui
