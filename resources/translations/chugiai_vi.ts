<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>About</name>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="38" />
            <source>An offline reader for Vietnamese documents: library, search, entities and notes. Nothing leaves your computer.</source>
            <translation>Trình đọc văn bản tiếng Việt hoạt động ngoại tuyến: thư viện, tìm kiếm, thực thể và ghi chú. Không dữ liệu nào rời khỏi máy tính của bạn.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/about.py" line="46" />
            <source>About Chú Giải</source>
            <translation>Giới thiệu Chú Giải</translation>
        </message>
    </context>
    <context>
        <name>AnnotationController</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/controller.py" line="183" />
            <location filename="../../desktop_app/ui/annotations/controller.py" line="254" />
            <source>Open a document first.</source>
            <translation>Hãy mở một văn bản trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/controller.py" line="186" />
            <location filename="../../desktop_app/ui/annotations/controller.py" line="257" />
            <source>Select a passage first.</source>
            <translation>Hãy chọn một đoạn văn trước.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/controller.py" line="228" />
            <source>Select the passage to attach the note to first.</source>
            <translation>Hãy chọn đoạn văn cần gắn ghi chú vào trước.</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsBrowser</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="56" />
            <source>Filter notes…</source>
            <translation>Lọc ghi chú…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="61" />
            <source>To re-attach only</source>
            <translation>Chỉ ghi chú cần gắn lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="132" />
            <source>All tags</source>
            <translation>Mọi thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="134" />
            <source>All documents</source>
            <translation>Mọi văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="137" />
            <source>All authors</source>
            <translation>Mọi người viết</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser.py" line="157" />
            <source>%1 of %2 notes</source>
            <translation>%1 trên %2 ghi chú</translation>
        </message>
    </context>
    <context>
        <name>AnnotationsUi</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="37" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="82" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="160" />
            <source>Add note…</source>
            <translation>Thêm ghi chú…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="86" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="164" />
            <source>Highlight</source>
            <translation>Tô sáng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="88" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="168" />
            <source>Edit note…</source>
            <translation>Sửa ghi chú…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="89" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="169" />
            <source>Delete note</source>
            <translation>Xoá ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="90" />
            <source>Collapse all notes</source>
            <translation>Thu gọn mọi ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="95" />
            <source>Notes browser</source>
            <translation>Danh sách ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="98" />
            <source>Export notes (W3C JSON-LD)…</source>
            <translation>Xuất ghi chú (W3C JSON-LD)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="99" />
            <source>Import notes (W3C JSON-LD)…</source>
            <translation>Nhập ghi chú (W3C JSON-LD)…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="101" />
            <source>&amp;Notes</source>
            <translation>&amp;Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="216" />
            <source>This note's passage was not found: select the new passage, then use ⚠ above the margin to re-attach it.</source>
            <translation>Không tìm thấy đoạn văn của ghi chú này: hãy chọn đoạn văn mới, rồi bấm ⚠ phía trên lề để gắn lại.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="229" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="236" />
            <source>Export notes</source>
            <translation>Xuất ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="230" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="251" />
            <source>W3C Web Annotation (*.jsonld *.json)</source>
            <translation>Chú thích web W3C (*.jsonld *.json)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/annotations/integration.py" line="239" />
            <source>Exported %n note(s)</source>
            <translation>
                <numerusform>Đã xuất %n ghi chú</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="250" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="257" />
            <location filename="../../desktop_app/ui/annotations/integration.py" line="265" />
            <source>Import notes</source>
            <translation>Nhập ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/integration.py" line="259" />
            <source>%1 imported, %2 to re-attach, %3 without a matching document, %4 already present</source>
            <translation>%1 đã nhập, %2 cần gắn lại, %3 không có văn bản tương ứng, %4 đã có sẵn</translation>
        </message>
    </context>
    <context>
        <name>EntityMenu</name>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="48" />
            <source>Mark as entity</source>
            <translation>Đánh dấu là thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="49" />
            <source>Mark as entity in all documents</source>
            <translation>Đánh dấu là thực thể trong mọi văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="63" />
            <source>Change type</source>
            <translation>Đổi loại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="64" />
            <source>Change type in all documents</source>
            <translation>Đổi loại trong mọi văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="72" />
            <source>Not an entity</source>
            <translation>Không phải thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader_menu.py" line="74" />
            <source>Not an entity in any document</source>
            <translation>Không phải thực thể trong mọi văn bản</translation>
        </message>
    </context>
    <context>
        <name>EntityPanel</name>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="65" />
            <source>Entity</source>
            <translation>Thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="65" />
            <source>Mentions</source>
            <translation>Số lần</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="78" />
            <source>Person</source>
            <translation>Người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="78" />
            <source>Title</source>
            <translation>Chức danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="79" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="81" />
            <location filename="../../desktop_app/ui/entity_panel.py" line="88" />
            <source>Document</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="81" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="81" />
            <source>Issuer</source>
            <translation>Ban hành</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="86" />
            <source>Select an entity to see where else it is mentioned</source>
            <translation>Chọn một thực thể để xem nó còn được nhắc đến ở đâu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="88" />
            <source>Text</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="95" />
            <source>Entities in this document</source>
            <translation>Thực thể trong văn bản này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="96" />
            <source>Roles</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="97" />
            <source>Legal references</source>
            <translation>Văn bản pháp quy được dẫn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="157" />
            <source>“%1” in the library: %2 mention(s) in %3 document(s)</source>
            <translation>“%1” trong thư viện: %2 lần nhắc đến trong %3 văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="199" />
            <source>Next mention</source>
            <translation>Lần nhắc đến tiếp theo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/entity_panel.py" line="200" />
            <source>Documents mentioning this</source>
            <translation>Các văn bản nhắc đến</translation>
        </message>
    </context>
    <context>
        <name>EntityType</name>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="42" />
            <source>Person</source>
            <translation>Người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="43" />
            <source>Title</source>
            <translation>Chức danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="44" />
            <source>Organisation</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="45" />
            <source>Place</source>
            <translation>Địa danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="46" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/theme.py" line="47" />
            <source>Legal document</source>
            <translation>Văn bản pháp quy</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="79" />
            <location filename="../../desktop_app/ui/export_dialog.py" line="235" />
            <source>Export report</source>
            <translation>Xuất báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="108" />
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="110" />
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="126" />
            <source>What to export</source>
            <translation>Nội dung xuất</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="130" />
            <source>The document in the reader</source>
            <translation>Văn bản đang đọc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="131" />
            <source>The documents selected in the library (%1)</source>
            <translation>Các văn bản đang chọn trong thư viện (%1)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="133" />
            <source>The search results for “%1”</source>
            <translation>Kết quả tìm kiếm “%1”</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="134" />
            <source>The search results (type a query first)</source>
            <translation>Kết quả tìm kiếm (hãy gõ từ khoá trước)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="135" />
            <source>The notes tagged</source>
            <translation>Các ghi chú gắn thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="136" />
            <source>The whole library</source>
            <translation>Toàn bộ thư viện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="161" />
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="166" />
            <source>Title:</source>
            <translation>Tiêu đề:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="167" />
            <source>Author:</source>
            <translation>Người lập:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="174" />
            <source>Title page</source>
            <translation>Trang bìa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="175" />
            <source>Table of contents</source>
            <translation>Mục lục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="176" />
            <source>Document details (date, source, author)</source>
            <translation>Thông tin văn bản (ngày, nguồn, tác giả)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="178" />
            <source>Summary of</source>
            <translation>Tóm tắt gồm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="182" />
            <source> sentences</source>
            <translation> câu</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="188" />
            <source>Key people, organisations, places and documents</source>
            <translation>Nhân vật, tổ chức, địa danh và văn bản chính</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="190" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="191" />
            <source>Full text</source>
            <translation>Toàn văn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="192" />
            <source>with the notes as Word comments</source>
            <translation>kèm ghi chú dạng nhận xét (comment) của Word</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="199" />
            <source>Appendix: index of entities</source>
            <translation>Phụ lục: chỉ mục thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="211" />
            <source>Save as:</source>
            <translation>Lưu thành:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="216" />
            <source>Browse…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="237" />
            <source>Word document (*.docx)</source>
            <translation>Tài liệu Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="280" />
            <source>Counting…</source>
            <translation>Đang đếm…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="284" />
            <source>%1 document(s), %2 note(s), %3 as Word comments</source>
            <translation>%1 văn bản, %2 ghi chú, %3 nhận xét Word</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="297" />
            <source>Choose where to save the report.</source>
            <translation>Hãy chọn nơi lưu báo cáo.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="328" />
            <source>Saved %1: %2 document(s), %3 note(s).</source>
            <translation>Đã lưu %1: %2 văn bản, %3 ghi chú.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="333" />
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="338" />
            <source>The report was not saved: %1</source>
            <translation>Chưa lưu được báo cáo: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="342" />
            <source>Export cancelled; nothing was written.</source>
            <translation>Đã huỷ xuất báo cáo; không có tệp nào được ghi.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/export_dialog.py" line="358" />
            <source>Cancelling…</source>
            <translation>Đang huỷ…</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="33" />
            <source>Find in document (accents optional)</source>
            <translation>Tìm trong văn bản (gõ có dấu hoặc không dấu)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="37" />
            <source>Previous match (Shift+Enter)</source>
            <translation>Kết quả trước (Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="38" />
            <source>Next match (Enter)</source>
            <translation>Kết quả sau (Enter)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="39" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="80" />
            <source>No match</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/find_bar.py" line="82" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="72" />
            <source>Import files</source>
            <translation>Nhập tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="73" />
            <source>Documents (%1);;All files (*)</source>
            <translation>Văn bản (%1);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="78" />
            <source>Import folder</source>
            <translation>Nhập thư mục</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="95" />
            <source>Importing…</source>
            <translation>Đang nhập…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="104" />
            <source>Cancelling the import…</source>
            <translation>Đang huỷ việc nhập…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="110" />
            <source>Importing %1</source>
            <translation>Đang nhập %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="118" />
            <source>Import cancelled; documents already imported are kept</source>
            <translation>Đã huỷ nhập; các văn bản đã nhập vẫn được giữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="124" />
            <location filename="../../desktop_app/ui/import_controller.py" line="125" />
            <source>Import failed</source>
            <translation>Nhập thất bại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="134" />
            <source>Import finished: %1</source>
            <translation>Nhập xong: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="143" />
            <source>Import finished with problems</source>
            <translation>Nhập xong nhưng có lỗi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/import_controller.py" line="145" />
            <source>These files could not be imported:</source>
            <translation>Không nhập được các tệp sau:</translation>
        </message>
    </context>
    <context>
        <name>Legend</name>
        <message>
            <location filename="../../desktop_app/ui/legend.py" line="39" />
            <source>Show or hide the highlights of this type</source>
            <translation>Hiện hoặc ẩn tô màu của loại này</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <location filename="../../desktop_app/ui/library_model.py" line="40" />
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/library_model.py" line="40" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/library_model.py" line="40" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/library_model.py" line="41" />
            <source>Entities</source>
            <translation>Thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/library_model.py" line="41" />
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>LibraryView</name>
        <message>
            <location filename="../../desktop_app/ui/library_view.py" line="35" />
            <source>Filter documents</source>
            <translation>Lọc văn bản</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="97" />
            <location filename="../../desktop_app/ui/main_window.py" line="131" />
            <source>Opening the library…</source>
            <translation>Đang mở thư viện…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/app.py" line="108" />
            <source>Cannot open the library</source>
            <translation>Không mở được thư viện</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="295" />
            <source>Search index updated (%n document(s))</source>
            <translation>
                <numerusform>Đã cập nhật chỉ mục tìm kiếm (%n văn bản)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="305" />
            <source>Applying the correction…</source>
            <translation>Đang áp dụng chỉnh sửa…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="310" />
            <source>Correction applied</source>
            <translation>Đã áp dụng chỉnh sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="330" />
            <source>Undo %1</source>
            <translation>Hoàn tác: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="331" />
            <location filename="../../desktop_app/ui/menus.py" line="47" />
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="332" />
            <source>Redo %1</source>
            <translation>Làm lại: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="333" />
            <location filename="../../desktop_app/ui/menus.py" line="48" />
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="338" />
            <source>Something went wrong</source>
            <translation>Đã xảy ra lỗi</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="354" />
            <source>Remove documents</source>
            <translation>Xoá văn bản</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/main_window.py" line="355" />
            <source>Remove %n document(s) from the library, with their notes?</source>
            <translation>
                <numerusform>Xoá %n văn bản khỏi thư viện, cùng các ghi chú của chúng?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="364" />
            <source>Open library</source>
            <translation>Mở thư viện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/main_window.py" line="424" />
            <source>Working…</source>
            <translation>Đang xử lý…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="40" />
            <source>Open library…</source>
            <translation>Mở thư viện…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="41" />
            <source>Import files…</source>
            <translation>Nhập tệp…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="42" />
            <source>Import folder…</source>
            <translation>Nhập thư mục…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="44" />
            <source>Export report…</source>
            <translation>Xuất báo cáo…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="45" />
            <source>Quit</source>
            <translation>Thoát</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="49" />
            <source>Find in document…</source>
            <translation>Tìm trong văn bản…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="50" />
            <source>Search the library</source>
            <translation>Tìm kiếm trong thư viện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="52" />
            <source>Filter the library</source>
            <translation>Lọc thư viện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="55" />
            <source>Larger text</source>
            <translation>Chữ to hơn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="56" />
            <source>Smaller text</source>
            <translation>Chữ nhỏ hơn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="57" />
            <source>Actual size</source>
            <translation>Cỡ chữ mặc định</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="58" />
            <source>Library and search</source>
            <translation>Thư viện và tìm kiếm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="59" />
            <source>Entity panel</source>
            <translation>Bảng thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="61" />
            <source>Removed page furniture</source>
            <translation>Phần thừa đã lược bỏ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="66" />
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="66" />
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="67" />
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="78" />
            <source>Previous document</source>
            <translation>Văn bản trước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="80" />
            <source>Next document</source>
            <translation>Văn bản sau</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="82" />
            <source>Remove from library…</source>
            <translation>Xoá khỏi thư viện…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="85" />
            <source>Extract entities again</source>
            <translation>Nhận diện lại thực thể</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="86" />
            <source>Extract entities again in every document</source>
            <translation>Nhận diện lại thực thể trong mọi văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="87" />
            <source>About Chú Giải</source>
            <translation>Giới thiệu Chú Giải</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="91" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="93" />
            <source>Recent libraries</source>
            <translation>Thư viện gần đây</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="100" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="106" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="113" />
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="116" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="119" />
            <source>&amp;Document</source>
            <translation>&amp;Văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="125" />
            <source>&amp;Help</source>
            <translation>&amp;Trợ giúp</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/menus.py" line="129" />
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
    </context>
    <context>
        <name>MarginWidget</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="100" />
            <source>Collapse or expand all notes</source>
            <translation>Thu gọn hoặc mở rộng mọi ghi chú</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="214" />
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n ghi chú</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="215" />
            <source>⚠ %n to re-attach</source>
            <translation>
                <numerusform>⚠ %n cần gắn lại</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="217" />
            <source>Notes whose passage changed and could not be found again: re-attach or delete them</source>
            <translation>Ghi chú có đoạn văn đã thay đổi và không tìm lại được: hãy gắn lại hoặc xoá</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="271" />
            <source>Re-attach to the selected passage</source>
            <translation>Gắn lại vào đoạn văn đang chọn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="274" />
            <source>Edit note…</source>
            <translation>Sửa ghi chú…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/margin_widget.py" line="276" />
            <source>Delete note</source>
            <translation>Xoá ghi chú</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_card.py" line="51" />
            <source>Collapse or expand this note</source>
            <translation>Thu gọn hoặc mở rộng ghi chú này</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_card.py" line="53" />
            <source>Edit note (tags, colour, text)</source>
            <translation>Sửa ghi chú (thẻ, màu, nội dung)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_card.py" line="55" />
            <source>Delete note</source>
            <translation>Xoá ghi chú</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="37" />
            <source>Edit note</source>
            <translation>Sửa ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="37" />
            <source>Add note</source>
            <translation>Thêm ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="49" />
            <source>Your note (**bold**, *italic*, `code`, - lists). Leave empty for a plain highlight.</source>
            <translation>Ghi chú của bạn (**đậm**, *nghiêng*, `mã`, - danh sách). Để trống nếu chỉ muốn tô sáng.</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="60" />
            <source>Own colour (instead of the first tag's)</source>
            <translation>Màu riêng (thay cho màu của thẻ đầu tiên)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="71" />
            <source>Passage</source>
            <translation>Đoạn văn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="72" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="73" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="74" />
            <source>Tags</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/note_editor.py" line="75" />
            <source>Colour</source>
            <translation>Màu</translation>
        </message>
    </context>
    <context>
        <name>NotesModel</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="76" />
            <source>Document</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="76" />
            <source>Passage</source>
            <translation>Đoạn văn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="76" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="77" />
            <source>Tags</source>
            <translation>Thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="77" />
            <source>Author</source>
            <translation>Người viết</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="77" />
            <source>Modified</source>
            <translation>Sửa lúc</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="78" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/browser_model.py" line="105" />
            <source>to re-attach</source>
            <translation>cần gắn lại</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reader.py" line="195" />
            <source>Removed page furniture (%n)</source>
            <translation>
                <numerusform>Phần thừa đã lược bỏ (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader.py" line="414" />
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reader.py" line="416" />
            <source>Select all</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>SearchPane</name>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="91" />
            <source>Search the library (Ctrl+K)</source>
            <translation>Tìm trong thư viện (Ctrl+K)</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="111" />
            <source>People</source>
            <translation>Người</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="111" />
            <source>Organisations</source>
            <translation>Tổ chức</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="112" />
            <source>Places</source>
            <translation>Địa danh</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="112" />
            <source>Legal documents</source>
            <translation>Văn bản pháp quy</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="113" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="113" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="114" />
            <source>Tags</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="115" />
            <source>Narrow by</source>
            <translation>Thu hẹp theo</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="115" />
            <source>Hits</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="121" />
            <source>Click a value to add it to the query</source>
            <translation>Bấm vào một giá trị để thêm vào truy vấn</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="158" />
            <source>Type to search every document; accents are optional:</source>
            <translation>Gõ để tìm trong mọi văn bản; có thể gõ không dấu:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="160" />
            <source>Exact phrase:</source>
            <translation>Đúng cụm từ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="161" />
            <source>Either word, or leave a word out:</source>
            <translation>Một trong hai từ, hoặc loại trừ một từ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="162" />
            <source>Beginning of a word:</source>
            <translation>Phần đầu của từ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="163" />
            <source>People, organisations, places, legal documents:</source>
            <translation>Người, tổ chức, địa danh, văn bản pháp quy:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="165" />
            <source>Year, date range, source, tag:</source>
            <translation>Năm, khoảng thời gian, nguồn, thẻ:</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="209" />
            <source>Opening the library…</source>
            <translation>Đang mở thư viện…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="211" />
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/search_pane.py" line="223" />
            <source>%n document(s) found</source>
            <translation>
                <numerusform>Tìm thấy %n văn bản</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="226" />
            <source>Searched for: %1</source>
            <translation>Đã tìm: %1</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/search_pane.py" line="234" />
            <source>Search failed: %1</source>
            <translation>Tìm kiếm lỗi: %1</translation>
        </message>
    </context>
    <context>
        <name>TagPicker</name>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="33" />
            <source>Tag colour</source>
            <translation>Màu thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="69" />
            <source>New tag…</source>
            <translation>Thẻ mới…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="72" />
            <source>Colour of the new tag</source>
            <translation>Màu của thẻ mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="74" />
            <source>Add tag</source>
            <translation>Thêm thẻ</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="77" />
            <source>Colour…</source>
            <translation>Màu…</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/annotations/tag_picker.py" line="79" />
            <source>Change the colour of the selected tag</source>
            <translation>Đổi màu thẻ đang chọn</translation>
        </message>
    </context>
<context>
        <name>ReextractController</name>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reextract_controller.py" line="58" />
            <source>Updating the entities of %n document(s) for the new extractor…</source>
            <translation>
                <numerusform>Đang cập nhật thực thể của %n văn bản theo bộ nhận diện mới…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reextract_controller.py" line="62" />
            <source>Extracting the entities of every document again…</source>
            <translation>Đang nhận diện lại thực thể của mọi văn bản…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../desktop_app/ui/reextract_controller.py" line="94" />
            <source>Entities extracted again in %n document(s)</source>
            <translation>
                <numerusform>Đã nhận diện lại thực thể trong %n văn bản</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reextract_controller.py" line="99" />
            <source>Extraction cancelled; documents already done keep their new entities</source>
            <translation>Đã huỷ nhận diện; các văn bản đã xong vẫn giữ thực thể mới</translation>
        </message>
        <message>
            <location filename="../../desktop_app/ui/reextract_controller.py" line="105" />
            <source>Extracting entities failed: %1</source>
            <translation>Nhận diện thực thể thất bại: %1</translation>
        </message>
    </context>
    <context>
        <name>StatusProgress</name>
        <message>
            <location filename="../../desktop_app/ui/status_progress.py" line="24" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
    </context>
    <context>
    <name>SearchModel</name>
    <message numerus="yes">
        <source>✎ matched in %n note(s)</source>
        <translation>
            <numerusform>✎ khớp trong %n ghi chú</numerusform>
        </translation>
    </message>
</context>
</TS>
