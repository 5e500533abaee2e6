#pragma once

#include "evidence/redactionrecord.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QThread>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace td::ui {

class RedactCanvas;

/// Redact…: the upright image, boxes drawn with the mouse (moved, removed with Delete), Fill or
/// Pixelate, and Suggest Faces, which runs face detection on a worker thread and adds its boxes
/// as suggestions a person must accept one by one (or all at once) before they are applied.
/// Save closes the dialog with Accepted; the caller stores the copy from boxes() and method().
class RedactDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedactDialog)

public:
    RedactDialog(const QImage &uprightImage, const QString &itemName, QWidget *parent = nullptr);
    ~RedactDialog() override;

    RedactCanvas *canvas() const { return m_canvas; }
    QList<QRect> boxes() const;
    RedactionRecord::Method method() const;
    bool isSuggesting() const { return m_worker != nullptr; }
    /// Where the cascades are read from (tests point it at a missing folder).
    void setCascadeFolder(const QString &folder) { m_cascadeFolder = folder; }
    /// Starts face detection in the background (what Suggest Faces does).
    void suggestFaces();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateState();
    void suggestionsReady(bool ok, const QList<QRect> &boxes, const QString &error);

    QString m_itemName;
    QString m_cascadeFolder;
    RedactCanvas *m_canvas = nullptr;
    QLabel *m_hintLabel = nullptr;
    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_suggestButton = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_acceptAllButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::unique_ptr<QThread> m_worker;
    QString m_lastStatus;
};

} // namespace td::ui
