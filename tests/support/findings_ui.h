#pragma once

#include "models/findings_tree_model.h"

#include <QAbstractItemModel>
#include <QTreeView>
#include <QWidget>

// The Findings view (FindingsView) as a user reads it, found by object name:
// its tree, and the findings in it (the rows under each severity's kinds).
namespace mcpscope::testing {

inline QTreeView *findingsTree(QWidget &window)
{
    return window.findChild<QTreeView *>(QStringLiteral("findingsTree"));
}

// Every finding row the tree shows, in order (column 0).
inline QList<QModelIndex> findingRows(const QTreeView *tree)
{
    QList<QModelIndex> rows;
    const QAbstractItemModel *model = tree ? tree->model() : nullptr;
    if (!model)
        return rows;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex severity = model->index(s, 0);
        for (int k = 0; k < model->rowCount(severity); ++k) {
            const QModelIndex kind = model->index(k, 0, severity);
            for (int f = 0; f < model->rowCount(kind); ++f)
                rows << model->index(f, 0, kind);
        }
    }
    return rows;
}

inline int findingCount(const QTreeView *tree)
{
    return int(findingRows(tree).size());
}

// The kind row of kind id under its severity; invalid when not shown.
inline QModelIndex kindRow(const QTreeView *tree, const QString &kind)
{
    const QAbstractItemModel *model = tree ? tree->model() : nullptr;
    if (!model)
        return {};
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex severity = model->index(s, 0);
        for (int k = 0; k < model->rowCount(severity); ++k) {
            const QModelIndex row = model->index(k, 0, severity);
            if (row.siblingAtColumn(FindingsTreeModel::KindColumn).data().toString() == kind)
                return row;
        }
    }
    return {};
}

} // namespace mcpscope::testing
