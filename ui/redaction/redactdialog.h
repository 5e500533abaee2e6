#pragma once

#include "evidence/redactionrecord.h"

#include <QDialog>
#include <QImage>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;

namespace td {
class RedactJob;
}

namespace td::ui {

class RedactCanvas;

/// Redact…: the upright image, boxes drawn with the mouse (moved, removed with Delete), Fill or
/// Pixelate, and Suggest Faces, which runs face detection on a worker thread and adds its boxes
/// as suggestions a person must accept one by one (or all at once) before they are applied.
/// Save closes the dialog with Accepted; with a save job set (setSaveJob), Save first stores the
/// copy in the background, with a progress dialog, and a failure keeps the dialog and its boxes
/// open with the reason, to try again.
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

    /// Makes the job that stores the copy of these boxes (RedactFlow's); Save starts it in its
    /// own thread and the dialog closes with Accepted only once the copy is stored.
    using SaveJobFactory
        = std::function<RedactJob *(const QList<QRect> &boxes, RedactionRecord::Method method)>;
    void setSaveJob(SaveJobFactory factory) { m_makeSaveJob = std::move(factory); }
    bool isSaving() const { return m_saveThread != nullptr; }
    /// After a save: the copy's item, and whether the same copy was there already.
    qint64 savedCopyId() const { return m_savedCopyId; }
    bool savedCopyExisted() const { return m_savedCopyExisted; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void updateState();
    void suggestionsReady(bool ok, const QList<QRect> &boxes, const QString &error);
    void startSave();
    void saveFinished(bool ok, const QStringList &messages);

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
    bool m_lastStatusIsProblem = false;
    SaveJobFactory m_makeSaveJob;
    std::unique_ptr<RedactJob> m_saveJob;
    std::unique_ptr<QThread> m_saveThread;
    QPointer<QProgressDialog> m_saveProgress;
    qint64 m_savedCopyId = 0;
    bool m_savedCopyExisted = false;
};

} // namespace td::ui
