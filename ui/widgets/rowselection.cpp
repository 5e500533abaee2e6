#include "widgets/rowselection.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace td::ui {

void selectRow(QAbstractItemView *view, int row)
{
    if (!view || !view->model() || !view->selectionModel() || row < 0
        || row >= view->model()->rowCount(view->rootIndex()))
        return;
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0, view->rootIndex()),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace td::ui
