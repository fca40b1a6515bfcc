#include "ui/common/schema_form.h"

#include "ui/common/plain_label.h"

#include "common/ordered_json.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>
#include <optional>

namespace mcpscope {

// One field of the form: its widget, its value (nullopt = left out) and how
// to fill it from JSON.
class SchemaField
{
public:
    using Notify = std::function<void()>;
    virtual ~SchemaField() = default;
    virtual QWidget *widget() const = 0;
    virtual std::optional<QJsonValue> value() const = 0;
    virtual void setValue(const QJsonValue &value) = 0; // undefined = empty
};

namespace {

constexpr int kMaxDepth = 8;

// Any JSON value as compact text ("3", "true", "{\"a\":1}").
QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString typeOf(const QJsonObject &schema)
{
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString())
        return type.toString();
    // ["string", "null"]: the first non-null type.
    for (const QJsonValue &t : type.toArray())
        if (t.toString() != u"null")
            return t.toString();
    if (schema.contains(QStringLiteral("properties")))
        return QStringLiteral("object");
    return {};
}

// Choices of an enum-like schema: (value, label) pairs, or empty.
QList<QPair<QJsonValue, QString>> choicesOf(const QJsonObject &schema)
{
    QList<QPair<QJsonValue, QString>> choices;
    const QJsonArray values = schema.value(QStringLiteral("enum")).toArray();
    const QJsonArray names = schema.value(QStringLiteral("enumNames")).toArray();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJsonValue v = values.at(i);
        const QString text = v.isString() ? v.toString() : compactJson(v);
        choices.append({v, i < names.size()
                               ? QStringLiteral("%1 (%2)").arg(names.at(i).toString(), text)
                               : text});
    }
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray options = schema.value(QLatin1String(key)).toArray();
        if (options.isEmpty())
            continue;
        QList<QPair<QJsonValue, QString>> titled;
        for (const QJsonValue &o : options) {
            const QJsonObject option = o.toObject();
            if (!option.contains(QStringLiteral("const")))
                return choices; // not an enum of consts
            const QJsonValue c = option.value(QStringLiteral("const"));
            const QString text = c.isString() ? c.toString() : compactJson(c);
            const QString title = option.value(QStringLiteral("title")).toString();
            titled.append({c, title.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(title, text)});
        }
        return titled;
    }
    return choices;
}

class LineField final : public SchemaField
{
public:
    enum class Kind
    {
        String,
        Integer,
        Number,
        Json
    };
    LineField(Kind kind, const QJsonObject &schema, const Notify &notify)
        : m_kind(kind), m_edit(new QLineEdit)
    {
        const QString format = schema.value(QStringLiteral("format")).toString();
        if (kind == Kind::Integer)
            m_edit->setPlaceholderText(
                QCoreApplication::translate("mcpscope::SchemaForm", "integer"));
        else if (kind == Kind::Number)
            m_edit->setPlaceholderText(
                QCoreApplication::translate("mcpscope::SchemaForm", "number"));
        else if (kind == Kind::Json)
            m_edit->setPlaceholderText(
                QCoreApplication::translate("mcpscope::SchemaForm", "JSON value"));
        else if (!format.isEmpty())
            m_edit->setPlaceholderText(format);
        const QString description = schema.value(QStringLiteral("description")).toString();
        if (!description.isEmpty()) // what to type, in the server's words
            m_edit->setPlaceholderText(m_edit->placeholderText().isEmpty()
                                           ? description
                                           : m_edit->placeholderText() + QStringLiteral(" · ") +
                                                 description);
        QObject::connect(m_edit, &QLineEdit::textEdited, m_edit, [notify] { notify(); });
    }
    QWidget *widget() const override { return m_edit; }
    std::optional<QJsonValue> value() const override
    {
        const QString text = m_edit->text();
        if (text.isEmpty())
            return std::nullopt;
        bool ok = false;
        if (m_kind == Kind::Integer) {
            const qint64 n = text.toLongLong(&ok);
            if (ok)
                return QJsonValue(double(n));
        } else if (m_kind == Kind::Number) {
            const double n = text.toDouble(&ok);
            if (ok)
                return QJsonValue(n);
        } else if (m_kind == Kind::Json) {
            const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]");
            if (doc.isArray() && doc.array().size() == 1)
                return doc.array().first();
        }
        return QJsonValue(text); // not a number: sent as typed, so the validator can say so
    }
    void setValue(const QJsonValue &value) override
    {
        if (value.isUndefined() || value.isNull())
            m_edit->clear();
        else if (value.isString() && m_kind != Kind::Json)
            m_edit->setText(value.toString());
        else if (value.isDouble() && m_kind != Kind::Json)
            m_edit->setText(QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest));
        else
            m_edit->setText(compactJson(value));
    }

private:
    Kind m_kind;
    QLineEdit *m_edit;
};

class BoolField final : public SchemaField
{
public:
    BoolField(bool required, const Notify &notify) : m_required(required)
    {
        if (required) {
            m_check = new QCheckBox;
            QObject::connect(m_check, &QCheckBox::toggled, m_check, [notify] { notify(); });
        } else {
            m_combo = new QComboBox;
            m_combo->addItems({QCoreApplication::translate("mcpscope::SchemaForm", "(not set)"),
                               QStringLiteral("true"), QStringLiteral("false")});
            QObject::connect(m_combo, &QComboBox::activated, m_combo, [notify] { notify(); });
        }
    }
    QWidget *widget() const override
    {
        return m_required ? static_cast<QWidget *>(m_check) : m_combo;
    }
    std::optional<QJsonValue> value() const override
    {
        if (m_required)
            return QJsonValue(m_check->isChecked());
        if (m_combo->currentIndex() == 0)
            return std::nullopt;
        return QJsonValue(m_combo->currentIndex() == 1);
    }
    void setValue(const QJsonValue &value) override
    {
        if (m_required)
            m_check->setChecked(value.toBool());
        else
            m_combo->setCurrentIndex(value.isBool() ? (value.toBool() ? 1 : 2) : 0);
    }

private:
    bool m_required;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
};

class EnumField final : public SchemaField
{
public:
    EnumField(const QList<QPair<QJsonValue, QString>> &choices, const Notify &notify)
        : m_combo(new QComboBox)
    {
        m_combo->addItem(QCoreApplication::translate("mcpscope::SchemaForm", "(not set)"));
        for (const auto &[value, label] : choices) {
            m_combo->addItem(label);
            m_values.append(value);
        }
        QObject::connect(m_combo, &QComboBox::activated, m_combo, [notify] { notify(); });
    }
    QWidget *widget() const override { return m_combo; }
    std::optional<QJsonValue> value() const override
    {
        const int i = m_combo->currentIndex();
        if (i <= 0)
            return std::nullopt;
        return m_values.at(i - 1);
    }
    void setValue(const QJsonValue &value) override
    {
        int index = 0;
        for (qsizetype i = 0; i < m_values.size(); ++i)
            if (m_values.at(i) == value)
                index = int(i) + 1;
        m_combo->setCurrentIndex(index);
    }

private:
    QComboBox *m_combo;
    QJsonArray m_values;
};

class ChecklistField final : public SchemaField
{
public:
    ChecklistField(const QList<QPair<QJsonValue, QString>> &choices, const Notify &notify)
        : m_list(new QListWidget)
    {
        for (const auto &[value, label] : choices) {
            auto *item = new QListWidgetItem(label, m_list);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(Qt::Unchecked);
            m_values.append(value);
        }
        m_list->setMaximumHeight(int(std::min<qsizetype>(choices.size(), 5)) * 22 + 6);
        QObject::connect(m_list, &QListWidget::itemChanged, m_list, [this, notify] {
            if (!m_filling)
                notify();
        });
    }
    QWidget *widget() const override { return m_list; }
    std::optional<QJsonValue> value() const override
    {
        QJsonArray chosen;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                chosen.append(m_values.at(i));
        if (chosen.isEmpty())
            return std::nullopt;
        return chosen;
    }
    void setValue(const QJsonValue &value) override
    {
        m_filling = true;
        const QJsonArray chosen = value.toArray();
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(chosen.contains(m_values.at(i)) ? Qt::Checked
                                                                           : Qt::Unchecked);
        m_filling = false;
    }

private:
    QListWidget *m_list;
    QJsonArray m_values;
    bool m_filling = false;
};

std::unique_ptr<SchemaField> makeField(const QJsonObject &schema, bool required, int depth,
                                       const SchemaField::Notify &notify);

class ObjectField final : public SchemaField
{
public:
    ObjectField(const QJsonObject &schema, int depth, const SchemaField::Notify &notify,
                bool framed, const QStringList &order = {})
    {
        if (framed) {
            auto *box = new QGroupBox;
            box->setFlat(false);
            m_widget = box;
        } else {
            m_widget = new QWidget;
        }
        auto *form = new QFormLayout(m_widget);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        if (!framed)
            form->setContentsMargins(0, 0, 0, 0);
        QStringList required;
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
            required << r.toString();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        // In the order given (the server's), then any others sorted.
        QStringList keys;
        for (const QString &key : order)
            if (properties.contains(key) && !keys.contains(key))
                keys << key;
        for (const QString &key : properties.keys())
            if (!keys.contains(key))
                keys << key;
        for (const QString &key : std::as_const(keys)) {
            const QJsonObject property = properties.value(key).toObject();
            const bool isRequired = required.contains(key);
            auto field = makeField(property, isRequired, depth + 1, notify);
            QLabel *label = createPlainLabel(m_widget);
            label->setWordWrap(false);
            const QString title = property.value(QStringLiteral("title")).toString();
            label->setText((title.isEmpty() ? key : title) +
                           (isRequired ? QStringLiteral(" *") : QString()));
            const QString description = property.value(QStringLiteral("description")).toString();
            const QString tip =
                title.isEmpty() ? description : key + QStringLiteral(": ") + description;
            label->setToolTip(plainToolTip(tip));
            field->widget()->setToolTip(plainToolTip(tip));
            field->widget()->setObjectName(key);
            form->addRow(label, field->widget());
            m_fields.emplace_back(key, std::move(field));
        }
    }
    QWidget *widget() const override { return m_widget; }
    bool isEmpty() const { return m_fields.empty(); }
    QStringList names() const
    {
        QStringList out;
        for (const auto &field : m_fields)
            out << field.first;
        return out;
    }
    std::optional<QJsonValue> value() const override
    {
        QJsonObject object;
        for (const auto &[name, field] : m_fields)
            if (const auto v = field->value())
                object.insert(name, *v);
        return object;
    }
    void setValue(const QJsonValue &value) override
    {
        const QJsonObject object = value.toObject();
        for (const auto &[name, field] : m_fields)
            field->setValue(object.value(name));
    }

private:
    QWidget *m_widget;
    std::vector<std::pair<QString, std::unique_ptr<SchemaField>>> m_fields;
};

class ArrayField final : public SchemaField
{
public:
    ArrayField(const QJsonObject &items, int depth, const Notify &notify)
        : m_items(items), m_depth(depth), m_notify(notify), m_widget(new QWidget)
    {
        auto *layout = new QVBoxLayout(m_widget);
        layout->setContentsMargins(0, 0, 0, 0);
        m_rows = new QVBoxLayout;
        layout->addLayout(m_rows);
        auto *add = new QPushButton(QCoreApplication::translate("mcpscope::SchemaForm", "Add item"),
                                    m_widget);
        layout->addWidget(add, 0, Qt::AlignLeft);
        QObject::connect(add, &QPushButton::clicked, m_widget, [this] {
            addRow();
            m_notify();
        });
    }
    QWidget *widget() const override { return m_widget; }
    std::optional<QJsonValue> value() const override
    {
        if (m_fields.empty())
            return std::nullopt;
        QJsonArray array;
        for (const auto &field : m_fields)
            array.append(field->value().value_or(QJsonValue()));
        return array;
    }
    void setValue(const QJsonValue &value) override
    {
        while (!m_fields.empty())
            removeRow(m_fields.size() - 1);
        for (const QJsonValue &item : value.toArray())
            addRow()->setValue(item);
    }

private:
    SchemaField *addRow()
    {
        auto *row = new QWidget(m_widget);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        auto field = makeField(m_items, true, m_depth + 1, m_notify);
        layout->addWidget(field->widget(), 1);
        auto *remove = new QToolButton(row);
        remove->setText(QStringLiteral("−"));
        remove->setToolTip(QCoreApplication::translate("mcpscope::SchemaForm", "Remove this item"));
        layout->addWidget(remove, 0, Qt::AlignTop);
        m_rows->addWidget(row);
        SchemaField *raw = field.get();
        m_fields.push_back(std::move(field));
        m_rowWidgets.push_back(row);
        QObject::connect(remove, &QToolButton::clicked, m_widget, [this, raw] {
            for (size_t i = 0; i < m_fields.size(); ++i)
                if (m_fields[i].get() == raw) {
                    removeRow(i);
                    m_notify();
                    return;
                }
        });
        return raw;
    }
    void removeRow(size_t i)
    {
        QWidget *row = m_rowWidgets[i];
        m_fields.erase(m_fields.begin() + qsizetype(i));
        m_rowWidgets.erase(m_rowWidgets.begin() + qsizetype(i));
        row->deleteLater();
        row->hide();
    }

    QJsonObject m_items;
    int m_depth;
    Notify m_notify;
    QWidget *m_widget;
    QVBoxLayout *m_rows;
    std::vector<std::unique_ptr<SchemaField>> m_fields;
    std::vector<QWidget *> m_rowWidgets;
};

std::unique_ptr<SchemaField> makeField(const QJsonObject &schema, bool required, int depth,
                                       const SchemaField::Notify &notify)
{
    std::unique_ptr<SchemaField> field;
    const QString type = typeOf(schema);
    const auto choices = choicesOf(schema);
    if (depth > kMaxDepth || schema.contains(QStringLiteral("$ref"))) {
        field = std::make_unique<LineField>(LineField::Kind::Json, schema, notify);
    } else if (!choices.isEmpty()) {
        field = std::make_unique<EnumField>(choices, notify);
    } else if (type == u"string") {
        field = std::make_unique<LineField>(LineField::Kind::String, schema, notify);
    } else if (type == u"integer") {
        field = std::make_unique<LineField>(LineField::Kind::Integer, schema, notify);
    } else if (type == u"number") {
        field = std::make_unique<LineField>(LineField::Kind::Number, schema, notify);
    } else if (type == u"boolean") {
        field = std::make_unique<BoolField>(required, notify);
    } else if (type == u"object" && schema.value(QStringLiteral("properties")).isObject()) {
        field = std::make_unique<ObjectField>(schema, depth, notify, true);
    } else if (type == u"array") {
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        const auto itemChoices = choicesOf(items);
        if (!itemChoices.isEmpty())
            field = std::make_unique<ChecklistField>(itemChoices, notify);
        else
            field = std::make_unique<ArrayField>(items, depth, notify);
    } else {
        field = std::make_unique<LineField>(LineField::Kind::Json, schema, notify);
    }
    field->setValue(schema.value(QStringLiteral("default")));
    return field;
}

} // namespace

SchemaForm::SchemaForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

SchemaForm::~SchemaForm()
{
    delete m_body; // before the fields that point into it
    m_body = nullptr;
}

bool SchemaForm::setSchema(const QJsonObject &schema, const QByteArray &schemaText)
{
    delete m_body;
    m_body = nullptr;
    m_root.reset();
    m_fieldNames.clear();
    if (!schema.value(QStringLiteral("properties")).isObject())
        return false;
    QStringList order;
    if (const auto properties = jsonMember(schemaText, u"properties"))
        for (const auto &member :
             jsonMembers(*properties).value_or(QList<std::pair<QString, QByteArray>>()))
            order << member.first;
    m_filling = true;
    auto root = std::make_unique<ObjectField>(
        schema, 0,
        [this] {
            if (!m_filling)
                Q_EMIT edited();
        },
        false, order);
    m_filling = false;
    if (root->isEmpty()) {
        delete root->widget();
        return false;
    }
    m_body = root->widget();
    layout()->addWidget(m_body);
    m_fieldNames = root->names();
    m_root = std::move(root);
    return true;
}

bool SchemaForm::hasFields() const
{
    return bool(m_root);
}

QJsonObject SchemaForm::value() const
{
    return m_root ? m_root->value().value_or(QJsonValue()).toObject() : QJsonObject();
}

QByteArray SchemaForm::valueText(const QByteArray &base) const
{
    const QJsonObject fields = value();
    QList<std::pair<QString, QByteArray>> members;
    QStringList seen;
    for (const auto &[key, text] :
         jsonMembers(base).value_or(QList<std::pair<QString, QByteArray>>())) {
        if (seen.contains(key))
            continue; // a repeated key: the form saw only one value for it
        seen << key;
        if (!m_fieldNames.contains(key)) {
            members.append({key, text});
        } else if (fields.contains(key)) {
            const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']');
            members.append({key, doc.array().at(0) == fields.value(key)
                                     ? text
                                     : jsonValueText(fields.value(key))});
        }
    }
    for (const QString &key : m_fieldNames)
        if (!seen.contains(key) && fields.contains(key))
            members.append({key, jsonValueText(fields.value(key))});
    const QByteArray text = jsonObjectText(members);
    return indentJson(text).value_or(text);
}

void SchemaForm::setValue(const QJsonObject &value)
{
    if (!m_root)
        return;
    m_filling = true;
    m_root->setValue(value);
    m_filling = false;
}

} // namespace mcpscope
