#include "caselistexportdialog.h"

#include "interchange/caselistcsv.h"
#include "widgets/objectnames.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace td::ui {

std::function<void(CaseListExportDialog &)> CaseListExportDialog::s_nextHandler;

CaseListExportDialog::CaseListExportDialog(qint64 caseCount, QWidget *parent)
    : QDialog(parent)
    , m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("caseListExportDialog"));
    setWindowTitle(tr("Export Case List"));
    auto *intro
        = new QLabel(tr("The %n case(s) of the current list, in its order, go to a "
                        "spreadsheet file, CSV or Excel workbook (reference, status, dates, "
                        "caseworker, client name and language). The export is recorded "
                        "in the audit log.",
                         nullptr, int(caseCount)),
            this);
    intro->setWordWrap(true);
    auto *group = new QGroupBox(tr("Also include these sensitive columns"), this);
    auto *groupLayout = new QVBoxLayout(group);
    for (const auto &key : CaseListCsv::includableKeys()) {
        const auto field = clientFieldFromKey(key);
        auto *box = new QCheckBox(clientFieldLabel(*field), group);
        box->setObjectName(camelCase(key) + QStringLiteral("CheckBox"));
        box->setProperty("fieldKey", key);
        box->setChecked(false);
        groupLayout->addWidget(box);
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this,
            [this] { m_warning->setVisible(!policy().includedKeys().isEmpty()); });
    }
    m_warning->setObjectName(QStringLiteral("sensitiveExportWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("The file will hold facts that can expose clients to immigration "
                          "enforcement. Keep it on an encrypted disk and delete it when done."));
    m_warning->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportPushButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(group);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
}

RedactionPolicy CaseListExportDialog::policy() const
{
    RedactionPolicy policy;
    for (const auto *box : m_boxes) {
        if (box->isChecked())
            policy.includeKey(box->property("fieldKey").toString());
    }
    return policy;
}

std::optional<RedactionPolicy> CaseListExportDialog::ask(qint64 caseCount, QWidget *parent)
{
    CaseListExportDialog dialog(caseCount, parent);
    if (auto handler = std::exchange(s_nextHandler, nullptr)) {
        handler(dialog);
    } else {
        dialog.exec();
    }
    if (dialog.result() != QDialog::Accepted)
        return std::nullopt;
    return dialog.policy();
}

void CaseListExportDialog::setNextHandler(std::function<void(CaseListExportDialog &)> handler)
{
    s_nextHandler = std::move(handler);
}

} // namespace td::ui
