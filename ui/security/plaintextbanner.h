#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace td::ui {

/// The strip above the cases that says, for as long as it is true, that the open database is
/// not encrypted, with a way to encrypt it. Non-modal: work goes on while it shows.
class PlaintextBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaintextBanner)

public:
    explicit PlaintextBanner(QWidget *parent = nullptr);

signals:
    void encryptRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_encrypt = nullptr;
};

} // namespace td::ui
