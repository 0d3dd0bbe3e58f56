<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="37" />
        <source>An offline reader for Vietnamese documents: library, search, entities and notes. Nothing leaves your computer.</source>
        <translation>Trình đọc văn bản tiếng Việt hoạt động ngoại tuyến: thư viện, tìm kiếm, thực thể và ghi chú. Không dữ liệu nào rời khỏi máy tính của bạn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/about.py" line="45" />
        <source>About Chú Giải</source>
        <translation>Giới thiệu Chú Giải</translation>
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
        <location filename="../../desktop_app/ui/import_controller.py" line="55" />
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
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
        <location filename="../../desktop_app/ui/import_controller.py" line="131" />
        <source>Import finished: %1</source>
        <translation>Nhập xong: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_controller.py" line="140" />
        <source>Import finished with problems</source>
        <translation>Nhập xong nhưng có lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/import_controller.py" line="142" />
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
        <location filename="../../desktop_app/ui/library_view.py" line="31" />
        <source>Filter documents</source>
        <translation>Lọc văn bản</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="97" />
        <location filename="../../desktop_app/ui/main_window.py" line="125" />
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="108" />
        <source>Cannot open the library</source>
        <translation>Không mở được thư viện</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="228" />
        <source>Search index updated (%n document(s))</source>
        <translation><numerusform>Đã cập nhật chỉ mục tìm kiếm (%n văn bản)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238" />
        <source>Applying the correction…</source>
        <translation>Đang áp dụng chỉnh sửa…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243" />
        <source>Correction applied</source>
        <translation>Đã áp dụng chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259" />
        <source>Undo %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="260" />
        <location filename="../../desktop_app/ui/menus.py" line="47" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261" />
        <source>Redo %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="262" />
        <location filename="../../desktop_app/ui/menus.py" line="48" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="265" />
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="277" />
        <source>Remove documents</source>
        <translation>Xoá văn bản</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="278" />
        <source>Remove %n document(s) from the library, with their notes?</source>
        <translation><numerusform>Xoá %n văn bản khỏi thư viện, cùng các ghi chú của chúng?</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="287" />
        <source>Open library</source>
        <translation>Mở thư viện</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="305" />
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="347" />
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
    <name>Reader</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/reader.py" line="184" />
        <source>Removed page furniture (%n)</source>
        <translation><numerusform>Phần thừa đã lược bỏ (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="358" />
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reader.py" line="360" />
        <source>Select all</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>SearchPane</name>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="90" />
        <source>Search the library (Ctrl+K)</source>
        <translation>Tìm trong thư viện (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="110" />
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="110" />
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="111" />
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="111" />
        <source>Legal documents</source>
        <translation>Văn bản pháp quy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="112" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="112" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="113" />
        <source>Tags</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="114" />
        <source>Narrow by</source>
        <translation>Thu hẹp theo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="114" />
        <source>Hits</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="118" />
        <source>Click a value to add it to the query</source>
        <translation>Bấm vào một giá trị để thêm vào truy vấn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="175" />
        <source>Opening the library…</source>
        <translation>Đang mở thư viện…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="177" />
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/search_pane.py" line="188" />
        <source>%n document(s) found</source>
        <translation><numerusform>Tìm thấy %n văn bản</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="191" />
        <source>Searched for: %1</source>
        <translation>Đã tìm: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/search_pane.py" line="199" />
        <source>Search failed: %1</source>
        <translation>Tìm kiếm lỗi: %1</translation>
    </message>
</context>
</TS>