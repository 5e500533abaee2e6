#include "casedetailpanel.h"

#include "domain/redactionpolicy.h"
#include "print/casedetailhtml.h"
#include "storage/caserepository.h"

#include <QCheckBox>
#include <QEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace td::ui {

CaseDetailPanel::CaseDetailPanel(QWidget *parent)
    : QWidget(parent)
    , m_hintLabel(new QLabel(this))
    , m_showSensitive(new QCheckBox(this))
    , m_browser(new QTextBrowser(this))
{
    m_hintLabel->setObjectName(QStringLiteral("caseDetailHintLabel"));
    m_hintLabel->setAlignment(Qt::AlignCenter);
    m_hintLabel->setWordWrap(true);
    m_showSensitive->setObjectName(QStringLiteral("showSensitiveCheckBox"));
    m_browser->setObjectName(QStringLiteral("caseDetailTextBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_showSensitive);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_hintLabel, 1);
    connect(m_showSensitive, &QCheckBox::toggled, this, &CaseDetailPanel::onShowSensitiveToggled);
    retranslate();
    render();
}

void CaseDetailPanel::setRepository(CaseRepository *repository)
{
    m_repository = repository;
    showCase(0);
}

void CaseDetailPanel::showCase(qint64 id)
{
    {
        const QSignalBlocker blocker(m_showSensitive);
        m_showSensitive->setChecked(false);
    }
    m_case = CaseFile {};
    if (id > 0 && m_repository) {
        auto loaded = m_repository->load(id);
        if (loaded)
            m_case = std::move(loaded.value());
        else
            emit errorOccurred(loaded.error().message);
    }
    render();
}

void CaseDetailPanel::reload()
{
    if (m_case.id <= 0 || !m_repository)
        return;
    auto loaded = m_repository->load(m_case.id);
    if (!loaded) {
        if (loaded.error().kind == ErrorKind::NotFound) {
            showCase(0);
            return;
        }
        emit errorOccurred(loaded.error().message);
        return;
    }
    m_case = std::move(loaded.value());
    render();
}

void CaseDetailPanel::onShowSensitiveToggled(bool checked)
{
    if (checked && m_repository && m_case.id > 0) {
        const QStringList keys = RedactionPolicy::sensitiveKeys();
        if (auto s
            = m_repository->recordEach(QStringLiteral("case.view_sensitive"), {m_case.reference},
                QStringLiteral("included: %1").arg(keys.join(QLatin1String(", "))));
            !s) {
            // Without an audit record the fields stay hidden.
            const QSignalBlocker blocker(m_showSensitive);
            m_showSensitive->setChecked(false);
            emit errorOccurred(s.error().message);
        }
    }
    render();
}

void CaseDetailPanel::render()
{
    const bool hasCase = m_case.id > 0;
    m_browser->setVisible(hasCase);
    m_showSensitive->setVisible(hasCase);
    m_hintLabel->setVisible(!hasCase);
    if (!hasCase) {
        m_browser->clear();
        return;
    }
    const RedactionPolicy policy
        = m_showSensitive->isChecked() ? RedactionPolicy::includeEverything() : RedactionPolicy();
    m_browser->setHtml(caseDetailHtml(m_case, policy));
}

void CaseDetailPanel::retranslate()
{
    m_hintLabel->setText(tr("Select a case in the list to see its details."));
    m_showSensitive->setText(tr("Show sensitive fields"));
    m_showSensitive->setToolTip(
        tr("Immigration status, A-number, address and other fields that could endanger the client, "
           "and the witnesses' contact details. Showing them is recorded in the audit log."));
}

void CaseDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace td::ui
