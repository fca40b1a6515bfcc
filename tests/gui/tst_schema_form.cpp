#include "ui/common/schema_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace mcpscope;

// The form a JSON Schema draws (a tool's inputSchema, an elicitation's
// requestedSchema), filled in as a user does: typing, picking, ticking,
// adding and removing array rows, inside nested objects; what value() and
// valueText() then hold, and when edited() fires.
class TestSchemaForm : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

    template <typename T> static T *field(QWidget *form, const char *name)
    {
        return form->findChild<T *>(QLatin1String(name));
    }

    // The label of the row whose editor is named name.
    static QString labelOf(QWidget *form, const char *name)
    {
        QWidget *editor = field<QWidget>(form, name);
        auto *layout =
            editor ? qobject_cast<QFormLayout *>(editor->parentWidget()->layout()) : nullptr;
        auto *label = layout ? qobject_cast<QLabel *>(layout->labelForField(editor)) : nullptr;
        return label ? label->text() : QString();
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Picks the entry with text in a combo box with the keyboard, as a user does.
    static bool pick(QComboBox *box, const QString &text)
    {
        const int index = box->findText(text);
        if (index < 0)
            return false;
        box->setFocus();
        while (box->currentIndex() < index)
            QTest::keyClick(box, Qt::Key_Down);
        while (box->currentIndex() > index)
            QTest::keyClick(box, Qt::Key_Up);
        return box->currentIndex() == index;
    }

    static QPushButton *addButton(QWidget *arrayWidget)
    {
        for (QPushButton *b : arrayWidget->findChildren<QPushButton *>())
            if (b->text() == u"Add item")
                return b;
        return nullptr;
    }

    // The array's rows on screen (a new row shows once the event loop runs;
    // a removed row is hidden at once, then deleted).
    template <typename T> static QList<T *> shownRows(QWidget *arrayWidget)
    {
        QList<T *> out;
        for (T *w : arrayWidget->findChildren<T *>())
            if (w->parentWidget() && w->parentWidget()->isVisible())
                out << w;
        return out;
    }

private Q_SLOTS:
    void noPropertiesNoForm()
    {
        SchemaForm form;
        QVERIFY(!form.setSchema(parse(R"({"type":"object"})")));
        QVERIFY(!form.hasFields());
        QVERIFY(!form.setSchema(parse(R"({"type":"object","properties":{}})")));
        QVERIFY(!form.hasFields());
        QCOMPARE(form.value(), QJsonObject());
        form.setValue(parse(R"({"a":1})")); // no fields: nothing to fill
        QCOMPARE(form.value(), QJsonObject());
    }

    // Strings, integers and numbers: typed text becomes the value; what is
    // not a number is sent as typed (the validator says so); empty optional
    // fields are left out; placeholders carry the format and description.
    void scalarsAreTypedIn()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","required":["name"],"properties":{
            "name":{"type":"string","title":"Full name","description":"who you are"},
            "when":{"type":["string","null"],"format":"date-time","description":"the moment"},
            "count":{"type":"integer"},
            "ratio":{"type":"number"}}})")));
        form.show();
        QVERIFY(form.hasFields());
        QCOMPARE(labelOf(&form, "name"), QStringLiteral("Full name *"));
        QCOMPARE(labelOf(&form, "count"), QStringLiteral("count"));
        QCOMPARE(field<QLineEdit>(&form, "name")->toolTip(),
                 QStringLiteral("<p>name: who you are</p>"));
        QCOMPARE(field<QLineEdit>(&form, "name")->placeholderText(), QStringLiteral("who you are"));
        QCOMPARE(field<QLineEdit>(&form, "when")->placeholderText(),
                 QStringLiteral("date-time · the moment"));
        QCOMPARE(field<QLineEdit>(&form, "count")->placeholderText(), QStringLiteral("integer"));
        QCOMPARE(field<QLineEdit>(&form, "ratio")->placeholderText(), QStringLiteral("number"));
        QCOMPARE(form.value(), QJsonObject());

        QSignalSpy edited(&form, &SchemaForm::edited);
        type(field<QLineEdit>(&form, "name"), QStringLiteral("Ada"));
        QVERIFY(edited.count() > 0);
        type(field<QLineEdit>(&form, "count"), QStringLiteral("42"));
        type(field<QLineEdit>(&form, "ratio"), QStringLiteral("0.5"));
        QCOMPARE(form.value(), parse(R"({"name":"Ada","count":42,"ratio":0.5})"));
        type(field<QLineEdit>(&form, "count"), QStringLiteral("4x"));
        type(field<QLineEdit>(&form, "ratio"), QStringLiteral("half"));
        QCOMPARE(form.value(), parse(R"({"name":"Ada","count":"4x","ratio":"half"})"));
    }

    // A $ref, an anyOf of types or an untyped member take JSON text.
    void unrepresentableFieldsTakeJson()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{
            "ref":{"$ref":"#/defs/x"},
            "either":{"anyOf":[{"type":"string"},{"type":"number"}]},
            "free":{}}})")));
        form.show();
        for (const char *name : {"ref", "either", "free"})
            QCOMPARE(field<QLineEdit>(&form, name)->placeholderText(),
                     QStringLiteral("JSON value"));
        type(field<QLineEdit>(&form, "ref"), QStringLiteral("{\"a\": [1, 2]}"));
        type(field<QLineEdit>(&form, "either"), QStringLiteral("7"));
        type(field<QLineEdit>(&form, "free"), QStringLiteral("not json"));
        QCOMPARE(form.value(), parse(R"({"ref":{"a":[1,2]},"either":7,"free":"not json"})"));
        form.setValue(parse(R"({"ref":{"b":true},"either":"s","free":null})"));
        QCOMPARE(field<QLineEdit>(&form, "ref")->text(), QStringLiteral("{\"b\":true}"));
        QCOMPARE(field<QLineEdit>(&form, "either")->text(), QStringLiteral("\"s\""));
        QCOMPARE(field<QLineEdit>(&form, "free")->text(), QString());
    }

    // Enums: enum with enumNames, oneOf of titled consts; a oneOf that is
    // not consts is no enum.
    void enumsArePicked()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{
            "size":{"type":"string","enum":["s","m","l"],"enumNames":["Small","Medium"]},
            "level":{"oneOf":[{"const":1,"title":"Low"},{"const":2}]},
            "mixed":{"oneOf":[{"const":"a"},{"type":"string"}]}}})")));
        form.show();
        auto *size = field<QComboBox>(&form, "size");
        QCOMPARE(size->count(), 4);
        QCOMPARE(size->itemText(0), QStringLiteral("(not set)"));
        QCOMPARE(size->itemText(1), QStringLiteral("Small (s)"));
        QCOMPARE(size->itemText(3), QStringLiteral("l"));
        auto *level = field<QComboBox>(&form, "level");
        QCOMPARE(level->itemText(1), QStringLiteral("Low (1)"));
        QCOMPARE(level->itemText(2), QStringLiteral("2"));
        QVERIFY(field<QLineEdit>(&form, "mixed")); // JSON text, not a choice

        QSignalSpy edited(&form, &SchemaForm::edited);
        QVERIFY(pick(size, QStringLiteral("Medium (m)")));
        QVERIFY(pick(level, QStringLiteral("2")));
        QVERIFY(edited.count() >= 2);
        QCOMPARE(form.value(), parse(R"({"size":"m","level":2})"));
        QVERIFY(pick(size, QStringLiteral("(not set)")));
        QCOMPARE(form.value(), parse(R"({"level":2})"));

        edited.clear();
        form.setValue(parse(R"({"size":"l","level":1})"));
        QCOMPARE(size->currentIndex(), 3);
        QCOMPARE(level->currentIndex(), 1);
        form.setValue(parse(R"({"size":"xl"})")); // not a choice: not set
        QCOMPARE(size->currentIndex(), 0);
        QCOMPARE(level->currentIndex(), 0);
        QCOMPARE(edited.count(), 0); // filling is not editing
    }

    // A required boolean is a check box (always sent); an optional one a
    // three-way box whose "(not set)" leaves it out.
    void booleans()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","required":["agree"],"properties":{
            "agree":{"type":"boolean"},
            "verbose":{"type":"boolean","default":true}}})")));
        form.show();
        auto *agree = field<QCheckBox>(&form, "agree");
        auto *verbose = field<QComboBox>(&form, "verbose");
        QVERIFY(agree && verbose);
        QCOMPARE(verbose->currentText(), QStringLiteral("true")); // the default
        QCOMPARE(form.value(), parse(R"({"agree":false,"verbose":true})"));
        QSignalSpy edited(&form, &SchemaForm::edited);
        QTest::mouseClick(agree, Qt::LeftButton, {}, QPoint(5, agree->height() / 2));
        QVERIFY(agree->isChecked());
        QVERIFY(pick(verbose, QStringLiteral("false")));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(form.value(), parse(R"({"agree":true,"verbose":false})"));
        QVERIFY(pick(verbose, QStringLiteral("(not set)")));
        QCOMPARE(form.value(), parse(R"({"agree":true})"));
        form.setValue(parse(R"({"agree":false,"verbose":false})"));
        QVERIFY(!agree->isChecked());
        QCOMPARE(verbose->currentIndex(), 2);
        form.setValue(parse(R"({"verbose":"yes"})")); // not a boolean: not set
        QCOMPARE(verbose->currentIndex(), 0);
    }

    // An array of enum items is a checklist; ticking adds the value.
    void arrayOfChoicesIsAChecklist()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{
            "tags":{"type":"array","items":{"enum":["red","green","blue"]}}}})")));
        form.show();
        auto *list = field<QListWidget>(&form, "tags");
        QVERIFY(list);
        QCOMPARE(list->count(), 3);
        QSignalSpy edited(&form, &SchemaForm::edited);
        list->item(2)->setCheckState(Qt::Checked);
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(edited.count(), 2);
        QCOMPARE(form.value(), parse(R"({"tags":["red","blue"]})"));
        list->item(0)->setCheckState(Qt::Unchecked);
        list->item(2)->setCheckState(Qt::Unchecked);
        QCOMPARE(form.value(), QJsonObject()); // none ticked: left out
        edited.clear();
        form.setValue(parse(R"({"tags":["green"]})"));
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(form.value(), parse(R"({"tags":["green"]})"));
    }

    // An array of anything else: rows added with "Add item", removed with
    // their "−" button, each row a field of the item's schema.
    void arrayRowsAreAddedAndRemoved()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{
            "numbers":{"type":"array","items":{"type":"integer"},"default":[5]}}})")));
        form.show();
        QWidget *numbers = field<QWidget>(&form, "numbers");
        QVERIFY(numbers);
        QTRY_COMPARE(shownRows<QLineEdit>(numbers).size(), 1);
        QCOMPARE(form.value(), parse(R"({"numbers":[5]})"));
        QSignalSpy edited(&form, &SchemaForm::edited);
        QPushButton *add = addButton(numbers);
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(edited.count(), 2);
        QTRY_COMPARE(shownRows<QLineEdit>(numbers).size(), 3);
        QList<QLineEdit *> rows = shownRows<QLineEdit>(numbers);
        type(rows.at(1), QStringLiteral("6"));
        // An empty row is null: the user added it.
        QCOMPARE(form.value(), parse(R"({"numbers":[5,6,null]})"));
        type(rows.at(2), QStringLiteral("7"));
        // Remove the middle one, then the first.
        QList<QToolButton *> removes = shownRows<QToolButton>(numbers);
        QCOMPARE(removes.size(), 3);
        QCOMPARE(removes.first()->toolTip(), QStringLiteral("Remove this item"));
        edited.clear();
        QTest::mouseClick(removes.at(1), Qt::LeftButton);
        QCOMPARE(edited.count(), 1);
        QCOMPARE(form.value(), parse(R"({"numbers":[5,7]})"));
        QTest::mouseClick(removes.at(0), Qt::LeftButton);
        QCOMPARE(form.value(), parse(R"({"numbers":[7]})"));
        QTRY_COMPARE(numbers->findChildren<QLineEdit *>().size(), 1);
        // Filling replaces the rows.
        form.setValue(parse(R"({"numbers":[1,2,3,4]})"));
        QCOMPARE(form.value(), parse(R"({"numbers":[1,2,3,4]})"));
        QTRY_COMPARE(shownRows<QLineEdit>(numbers).size(), 4);
        form.setValue(QJsonObject());
        QCOMPARE(form.value(), QJsonObject()); // no rows: left out
    }

    // A nested object is a framed group of its own fields; an array of
    // objects holds such groups.
    void nestedObjects()
    {
        SchemaForm form;
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{
            "address":{"type":"object","required":["city"],"properties":{
                "city":{"type":"string"},
                "geo":{"type":"object","properties":{"lat":{"type":"number"}}}}},
            "people":{"type":"array","items":{"type":"object","properties":{
                "name":{"type":"string"},"admin":{"type":"boolean"}}}}}})")));
        form.show();
        auto *address = field<QGroupBox>(&form, "address");
        QVERIFY(address);
        auto *city = field<QLineEdit>(address, "city");
        QVERIFY(city);
        QCOMPARE(labelOf(address, "city"), QStringLiteral("city *"));
        type(city, QStringLiteral("Oslo"));
        type(field<QLineEdit>(field<QGroupBox>(address, "geo"), "lat"), QStringLiteral("59.9"));
        QCOMPARE(form.value(), parse(R"({"address":{"city":"Oslo","geo":{"lat":59.9}}})"));

        QWidget *people = field<QWidget>(&form, "people");
        QTest::mouseClick(addButton(people), Qt::LeftButton);
        QTRY_COMPARE(shownRows<QGroupBox>(people).size(), 1);
        QList<QGroupBox *> groups = shownRows<QGroupBox>(people);
        type(field<QLineEdit>(groups.first(), "name"), QStringLiteral("Bo"));
        QVERIFY(pick(field<QComboBox>(groups.first(), "admin"), QStringLiteral("true")));
        QCOMPARE(form.value().value(QStringLiteral("people")).toArray(),
                 QJsonArray{parse(R"({"name":"Bo","admin":true})")});

        form.setValue(parse(R"({"address":{"city":"Rome"},"people":[{"name":"Al"},{}]})"));
        QCOMPARE(city->text(), QStringLiteral("Rome"));
        QCOMPARE(form.value(),
                 parse(R"({"address":{"city":"Rome","geo":{}},"people":[{"name":"Al"},{}]})"));
    }

    // Past eight levels the form stops drawing and takes JSON text.
    void deepSchemasEndInJson()
    {
        QJsonObject inner{{QStringLiteral("type"), QStringLiteral("string")}};
        for (int i = 0; i < 10; ++i)
            inner = QJsonObject{
                {QStringLiteral("type"), QStringLiteral("object")},
                {QStringLiteral("properties"), QJsonObject{{QStringLiteral("d"), inner}}}};
        SchemaForm form;
        QVERIFY(form.setSchema(inner));
        form.show();
        QList<QLineEdit *> edits = form.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first()->placeholderText(), QStringLiteral("JSON value"));
        // Eight framed levels under the root.
        QCOMPARE(form.findChildren<QGroupBox *>().size(), 8);
        type(edits.first(), QStringLiteral("{\"d\":{\"d\":\"x\"}}"));
        QJsonValue v = form.value();
        for (int i = 0; i < 9; ++i)
            v = v.toObject().value(QStringLiteral("d"));
        QCOMPARE(v.toObject(), parse(R"({"d":{"d":"x"}})"));
    }

    // The fields come in the order the server wrote its properties, not
    // sorted; valueText keeps what the form does not own, in the user's order.
    void orderAndValueText()
    {
        const QByteArray text =
            R"({"type":"object","properties":{"zeta":{"type":"number"},"alpha":{"type":"string"},"mid":{"type":"integer"}}})";
        SchemaForm form;
        QVERIFY(form.setSchema(QJsonDocument::fromJson(text).object(), text));
        form.show();
        QStringList order;
        for (QLineEdit *e : form.findChildren<QLineEdit *>())
            order << e->objectName();
        QCOMPARE(order, (QStringList{QStringLiteral("zeta"), QStringLiteral("alpha"),
                                     QStringLiteral("mid")}));

        form.setValue(parse(R"({"zeta":1,"alpha":"a"})"));
        // 1.0 stays as written (same value); extra stays; mid (empty) goes;
        // a repeated key is kept once.
        const QByteArray base = R"({"extra": [1, 2], "zeta": 1.0, "mid": 3, "zeta": 9})";
        QCOMPARE(QJsonDocument::fromJson(form.valueText(base)).object(),
                 parse(R"({"extra":[1,2],"zeta":1.0,"alpha":"a"})"));
        const QByteArray out = form.valueText(base);
        QVERIFY2(out.contains("1.0"), out.constData());
        QVERIFY2(out.indexOf("extra") < out.indexOf("zeta"), out.constData());
        QVERIFY2(out.indexOf("zeta") < out.indexOf("alpha"), out.constData());
        QVERIFY2(!out.contains("mid"), out.constData());
        // A changed value takes the field's.
        type(field<QLineEdit>(&form, "zeta"), QStringLiteral("2.5"));
        QCOMPARE(QJsonDocument::fromJson(form.valueText(base)).object(),
                 parse(R"({"extra":[1,2],"zeta":2.5,"alpha":"a"})"));
        // No base: the fields alone, in the schema's order.
        const QByteArray plain = form.valueText();
        QVERIFY2(plain.indexOf("zeta") < plain.indexOf("alpha"), plain.constData());
        // Numbers fill in their shortest form.
        form.setValue(parse(R"({"zeta":0.1,"mid":12})"));
        QCOMPARE(field<QLineEdit>(&form, "zeta")->text(), QStringLiteral("0.1"));
        QCOMPARE(field<QLineEdit>(&form, "mid")->text(), QStringLiteral("12"));
        QCOMPARE(field<QLineEdit>(&form, "alpha")->text(), QString());
        // A new schema replaces the old fields.
        QVERIFY(form.setSchema(parse(R"({"type":"object","properties":{"b":{"type":"string"}}})")));
        QVERIFY(!field<QLineEdit>(&form, "zeta"));
        QVERIFY(field<QLineEdit>(&form, "b"));
    }
};

QTEST_MAIN(TestSchemaForm)
#include "tst_schema_form.moc"
