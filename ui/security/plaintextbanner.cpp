#include "plaintextbanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace td::ui {

PlaintextBanner::PlaintextBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_encrypt(new QPushButton(this))
{
    setObjectName(QStringLiteral("plaintextBanner"));
    m_text->setObjectName(QStringLiteral("plaintextBannerLabel"));
    m_encrypt->setObjectName(QStringLiteral("encryptPushButton"));
    // Amber, not red: a standing condition to fix, not an error that just happened.
    setStyleSheet(QStringLiteral("#plaintextBanner { background: #fff4ce; border-bottom: 1px solid "
                                 "#e0c068; } #plaintextBannerLabel { color: #3d2f00; }"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_encrypt, 0, Qt::AlignVCenter);
    connect(m_encrypt, &QPushButton::clicked, this, &PlaintextBanner::encryptRequested);
    retranslate();
}

void PlaintextBanner::retranslate()
{
    m_text->setText(tr("This database is not encrypted. Anyone who gets hold of this computer "
                       "or a copy of the file can read every case."));
    m_encrypt->setText(tr("E&ncrypt…"));
    setAccessibleName(tr("The database is not encrypted"));
}

void PlaintextBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace td::ui
