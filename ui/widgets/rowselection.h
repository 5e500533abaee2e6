#pragma once

class QAbstractItemView;

namespace td::ui {

/// Makes `row` of a row-selecting view current and its only selection, in either direction.
/// QTableView::selectRow does not do it in a right-to-left window on Qt 6.4: it looks for the
/// row's first column one pixel past the viewport's edge, finds none and selects nothing (in
/// Arabic, Enter in the case search and a case just saved were left unselected). Out-of-range
/// rows are ignored.
void selectRow(QAbstractItemView *view, int row);

} // namespace td::ui
