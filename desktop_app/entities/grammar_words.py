"""The word lists and patterns of ``grammar``: which words open, continue and end the names of
organisations, places and people. Kept apart so the rules read without 130 lines of lists."""

from __future__ import annotations

import re

from desktop_app.textnorm import search_key

_CODE = re.compile(r"[A-ZĐ]{1,4}\d+[A-Za-z0-9]*")
_PLACE_CATS = ("province", "country", "region")
_STOP_CATS = frozenset({"head", "title", "cue", "admin", "central"})
# lower-case committee words that still name a parent body ("Ban Thường vụ tỉnh ủy Bình Thuận")
_COMMITTEE_FIRST = frozenset({"tỉnh", "thành", "huyện", "quận", "thị", "đảng"})
_LOWER_HEADS = frozenset(
    search_key(h)
    for h in ("ban", "tiểu ban", "đảng bộ", "đảng ủy", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy")
)
_NAME_OK_ADMIN = frozenset({"đường", "phố", "phường", "xã", "quận", "thôn", "ấp", "bản", "làng"})
# Words that end a lower-case name tail: prepositions, auxiliaries, conjunctions.
_FUNCTION_WORDS = frozenset(
    "của và là đã đang sẽ được bị cho với tại ở trong về từ theo có không cũng này đó các những "
    "một vừa mới hôm sáng chiều tối ngày năm tháng khi để do thì mà nên như đến trên dưới sau "
    "trước cùng nhằm vẫn còn rất nói vì nếu tuy cũ nhưng lần mỗi đều luôn hay hoặc chưa ngay lẫn thuộc".split()
)
# Two-syllable verbs that follow an organisation's name in news ("Cục ... thông báo").
_VERBS = frozenset(
    "thông báo|yêu cầu|tổ chức|cho biết|ban hành|triển khai|đề nghị|khẳng định|phối hợp|"
    "tiến hành|chia sẻ|công bố|phát hiện|thu hồi|kiểm tra|quyết định|chỉ đạo|tham dự|phát biểu|"
    "làm việc|tiếp nhận|cảnh báo|xử lý|đề xuất|báo cáo|hướng dẫn|ký kết|trao tặng|đón nhận|"
    "khai mạc|bế mạc|tập huấn|hỗ trợ|giải quyết|công khai|chủ trì|cấp phép|xác nhận|gửi văn|"
    "có văn|vừa có|đã có|ra mắt|nhận được|cho rằng|cho hay|thực hiện|tăng cường|đẩy mạnh|kêu gọi|tiếp tục|đánh giá|cô lập|"
    "trừng phạt|ủng hộ|phản đối|tấn công|tham gia|không kích|bao vây|đe dọa|đe doạ|cảnh cáo|"
    "cấp cứu|bắt giữ|đưa tin|hé lộ|tiết lộ|xuất hiện|trao đổi|hàng đầu|nhận trách|thừa nhận|giám định|thể hiện|đưa ra|sử dụng|thường xuyên|khởi tố|truy nã|bắt giam|xác minh|kết luận|"
    "tuyên bố|xử phạt|cho phép|cam kết|dẫn độ|lên tiếng|quan tâm|lưu ý|nhấn mạnh|ghi nhận|họp bàn|"
    # arrests, by their first two syllables: "bắt quả (tang)", "bắt khẩn (cấp)", "bắt tạm (giam)"
    "bắt quả|bắt khẩn|bắt tạm|bắt được|truy bắt|vây bắt|triệt phá|"
    # and the noun that links a body to its successor: "Vụ Đông y tiền thân của Cục ..."
    "tiền thân".split("|")
)
_NAME_STOP_CATS = frozenset({"head", "title", "admin", "central"})
# Capitalised words that open sentences and never belong to a name ("xã Tùng Lộc Trước đó").
SENTENCE_WORDS = frozenset(
    "tại trả cú theo trước sau trong khi hiện được các những một này đây đó nghị với về từ để "
    "đến vào lúc cũng nhưng và là có không đã sẽ đang qua tuy riêng dù bên nếu vì do khoảng "
    "gần hơn cả mỗi nhiều ngoài giữa chỉ tiếp ngay nhờ thay hãy video clip".split()
)
# Words that make an administrative word plural, so that the names after it are each a place of
# that kind ("các xã Minh Xuân, Yên Thắng", "2 xã Nghĩa Hòa và Hòa Phú"); digits count too.
PLURAL_WORDS = frozenset("các những hai ba bốn năm".split())
# Words before a head noun that make it a generic, counted mention ("10 Ban thường vụ Tỉnh ủy").
_COUNTING = frozenset("các những nhiều mọi mỗi từng hai ba bốn năm sáu bảy tám chín mười".split())
# Direction and order words that end a place name ("phường Thanh Khê Đông").
_PLACE_TAIL = frozenset("đông tây nam bắc trung thượng hạ nhất nhì".split())
# Company forms between the head and the name ("Công ty CP", "Cty TNHH MTV").
_COMPANY_FORMS = frozenset(
    "cp tnhh mtv tmcp cổ phần trách nhiệm hữu hạn một thành viên đầu tư liên doanh jsc".split()
)
_COMPANY_HEADS = frozenset(
    search_key(h)
    for h in ("công ty", "cty", "tập đoàn", "tổng công ty", "ngân hàng", "công ty cp",
              "công ty cổ phần", "công ty tnhh", "clb", "câu lạc bộ", "hợp tác xã", "htx", "văn phòng luật sư")
)
# Words after a name that still belong to an international body ("Diễn đàn Kinh tế Thế giới").
_WORLD_QUALIFIERS = frozenset({"thế giới", "quốc tế", "quốc gia", "toàn cầu"})
# Second syllables that make a head noun a common word ("Hội nghị", "Ban hành", "Bộ phận").
_HEAD_COMPOUNDS = frozenset(
    "nghị thảo đàm viên hành phận ngừa hợp trợ phí hữu việc án chợ trưởng phó bộ trình "
    "dĩ lý đồng sự quan thể sinh vực khẩu tế kiện chí".split()
)
# Words that make a lower-case head noun after them a common word ("chiến trường", "thị trường").
_HEAD_PREFIX_COMPOUNDS = frozenset(
    f"{a} trường" for a in "chiến thị môi hiện quảng lập công thương phi đấu ngư võ".split()
) | frozenset(f"{a} phòng" for a in "quốc dự đề văn buồng căn".split()) | frozenset(
    {"xã hội", "lễ hội", "đại hội", "nhà đài", "chính phủ"}
)  # "Bộ trưởng Quốc phòng James Mattis": no office ("phòng") named James Mattis
# Foreign honorifics that go before a name and are no part of it ("Sheikh Mohammed").
_HONORIFICS = frozenset({"Sheikh", "Sir", "Dame", "Lord", "Emir"})
# Abbreviated administrative words written with a dot before the name ("Q.Tân Phú", "TP. Vinh").
# (no look-behind: ``tokens.bounded`` drops the matches inside a word; the engine then skips to
# the capitals)
_DOTTED_ADMIN = re.compile(r"(?:TP|Tp|TX|TT|Q|H|P|X)\.")
# Administrative units that cities number instead of naming ("quận 4", "phường 3", "tổ 5").
_NUMBERED_ADMIN = frozenset(
    {"quận", "phường", "q", "p", "thôn", "ấp", "tổ dân phố", "khu phố", "xóm", "khóm", "tổ", "bản"}
)
# Middle names: after a surname they make the next words a person's name ("Phạm Văn Sơn").
_MIDDLE_NAMES = frozenset({"văn", "thị", "đình", "hữu", "công", "đức", "ngọc", "quang", "xuân", "minh"})
# Head nouns that open a name in lower case too when a capitalised word follows ("sở Tư pháp").
_LOWER_NAMED_HEADS = frozenset(
    search_key(h)
    for h in ("sở", "phòng", "khoa", "bệnh viện", "bệnh viện đa khoa", "ban", "cục", "bộ", "viện",
              "trung tâm", "công an", "thanh tra", "văn phòng", "đơn nguyên", "tổng cục", "ủy ban",
              "ủy ban nhân dân", "hội đồng nhân dân", "đài", "trường", "học viện", "chi cục",
              "trường mầm non", "trường tiểu học", "trường thcs", "trường thpt", "trường đại học",
              "trường cao đẳng")
)
# Bodies that every province, district and commune has: a lower-case head and a place name them.
_LOCAL_BODIES = frozenset(
    search_key(h)
    for h in ("công an", "thanh tra", "ủy ban nhân dân", "hội đồng nhân dân", "bệnh viện",
              "bệnh viện đa khoa", "sở", "văn phòng", "chi cục")
)
# Title words that stand before an organisation's head noun ("Chánh" + "thanh tra Q.Tân Phú").
_NOT_NAME_CATS = frozenset({"title", "cue", "surname", "head", "central"})
# Lower-case heads of institutions named after people or places that read like surnames:
# "bệnh viện Bạch Mai", "trường Lê Quý Đôn".
_NAMED_AFTER_PEOPLE = frozenset(search_key(h) for h in ("bệnh viện", "trường", "học viện"))
_TITLE_PREFIXES = frozenset({"chánh", "phó chánh", "trưởng", "phó trưởng"})
_MINISTER_TITLES = frozenset(search_key(h) for h in ("bộ trưởng", "thứ trưởng", "phó thủ tướng kiêm bộ trưởng"))
# Short country and continent names that pair up in a name ("Việt - Nga", "Á - Âu").
_PAIR_WORDS = frozenset(
    "Việt Nga Lào Trung Mỹ Nhật Hàn Pháp Đức Anh Ấn Úc Ý Thái Triều Xô Cuba Campuchia Singapore "
    "Á Âu Phi Mỹ-Latinh".split()
)
# Words that open such a pair and name no country alone: "Việt - Lào", "Á - Âu", "Xô - Việt".
_PAIR_FIRST = frozenset({"Việt", "Á", "Âu", "Xô"})
# An aide's title before another title is one office: "trợ lý Bộ trưởng Ngoại giao".
# A ministry's field written short after a minister's title ("Bộ trưởng GTVT", "Thứ trưởng
# LĐ-TB&XH"): the field belongs to the title, as the spelled-out field does ("Bộ trưởng Y tế").
MINISTRY_FIELD_ABBRS = frozenset(
    "GTVT GT-VT GD-ĐT GD&ĐT GDĐT KH-ĐT KH&ĐT KHĐT TN-MT TN&MT TNMT LĐ-TB&XH LĐTB&XH LĐTBXH NN-PTNT "
    "NN&PTNT NNPTNT TT-TT TT&TT TTTT KH-CN KH&CN KHCN VH-TT&DL VH-TT-DL VHTT&DL VHTTDL".split()
)
_AIDE_TITLES = frozenset(search_key(w) for w in ("trợ lý", "thư ký", "cố vấn"))
# Fields that a board's name goes on after in lower case: "Ban Quản lý dự án đầu tư xây dựng
# công trình giao thông thành phố Hà Nội".
_OPEN_FIELDS = frozenset({search_key("quản lý dự án")})
# Common words of two syllables whose first, capitalised after a title or a cue, reads like a
# given name ("Giám đốc Cơ quan An ninh", "Chánh án Tòa án tối cao", "Tổng Giám đốc Tổ hợp
# Samsung"); found among one-word PERSON spans of 3,000 corpus articles.
_COMMON_COMPOUNDS = frozenset(
    search_key(w)
    for w in (
        "tòa án", "toà án", "quản lý", "hoàng hậu", "hồi giáo", "cơ quan", "nhóm nữ", "lễ hội", "ngân sách",
        "công ty", "công binh", "hoa hậu", "nhà hát", "tối cao", "tiết niệu", "thanh tra", "xí nghiệp",
        "hạm đội", "liên quan", "nhà nước", "tổ hợp", "thế giới", "chi nhánh", "nhân dân", "bảo tàng",
        "chúng tôi", "quân đội", "tình báo", "cộng sản", "trung ương", "tổ chức", "hội đồng", "ủy ban",
        "uỷ ban", "trung tâm", "liên đoàn", "học viện", "bệnh viện", "văn phòng", "tập đoàn", "quốc gia",
        "quốc hội", "chính phủ", "công an", "quân khu", "hải quân", "không quân", "lục quân", "thành phố",
        "hàng không", "chi bộ", "chi đoàn", "chi cục", "chi hội", "đảng viên", "đảng bộ", "đảng ủy", "đảng uỷ",
        # "tổ công (tác)", "tổ xử (lý)", "trạm y (tế)": the first two syllables of a team or post
        "đoàn viên", "hội viên", "dự án", "đại hội", "biểu diễn", "tổ công", "tổ xử", "phòng khám", "trạm y",
    )
)
# Committees named by their subject after "về" ("Ủy ban Nhà nước về người Việt Nam ở nước
# ngoài", "Ban chỉ đạo T.Ư về phòng chống tham nhũng"): their first two words.
_ABOUT_HEADS = frozenset(search_key(w) for w in ("ủy ban", "uỷ ban", "ban chỉ", "hội đồng", "tiểu ban"))
# Words of level after a body's name that belong to it: "Viện KSND Tối cao", "Tòa án nhân dân
# tối cao", "Ủy ban Chứng khoán Nhà nước".
_LEVEL_QUALIFIERS = frozenset(search_key(w) for w in ("tối cao", "nhà nước"))
# Words that end on an administrative word without naming a place: "văn bản 3", "kịch bản".
_ADMIN_WORD_COMPOUNDS = frozenset(
    search_key(w) for w in ("văn bản", "phiên bản", "cơ bản", "căn bản", "kịch bản", "biên bản", "xuất bản", "hợp tác xã")
)
# Heads of bodies that belong to one state, never to two ("Bộ Quốc phòng Mỹ - Nhật Bản").
_ONE_STATE_HEADS = frozenset(
    search_key(w) for w in ("bộ", "cục", "tổng cục", "sở", "vụ", "đại sứ quán", "lãnh sự quán", "tổng lãnh sự quán")
)
# Person cues that are forms of address or kinship, before which a country's name is a name.
_KIN_CUES = frozenset(
    search_key(w)
    for w in ("ông", "bà", "anh", "chị", "em", "cụ", "cháu", "cô", "chú", "bác", "bé", "đồng chí", "các đồng chí")
)
# Collective nouns that open a second party after "và", never a second field of a name.
_SECOND_PARTIES = frozenset(
    search_key(w)
    for w in ("lực lượng", "người", "nhân dân", "cán bộ", "đơn vị", "cơ quan", "chính quyền", "doanh nghiệp",
              "gia đình", "bà con", "học sinh", "sinh viên", "chiến sĩ", "công nhân", "phóng viên", "địa phương",
              "ngành", "các", "nhà", "đoàn", "ban", "hội", "tổ", "đội", "ông", "bà", "anh", "chị")
)
# Heads of mass organisations, whose central committee is named "Trung ương Hội ...".
_MASS_HEADS = frozenset(
    search_key(h)
    for h in ("hội", "liên đoàn", "tổng liên đoàn", "hiệp hội", "liên hiệp", "công đoàn", "đoàn thanh niên",
              "đoàn thanh niên cộng sản hồ chí minh", "mặt trận tổ quốc")
)
_BARE_ADMIN = frozenset({"tỉnh", "huyện", "thành phố", "tp", "xã", "quận", "phường", "thị xã", "thị trấn"})
# The nation's own bodies: a province after them is where their deputies come from, not part of
# their name ("đại biểu [Quốc hội] [Thành phố Hồ Chí Minh]"); a country still is ("Quốc hội Mỹ").
_NATIONAL_BODIES = frozenset(search_key(h) for h in ("quốc hội", "chính phủ"))
# Military and police ranks: the capitalised word after them is a name, never a country.
_RANKS = frozenset(
    search_key(f"{a} {b}") for a in ("đại", "thượng", "trung", "thiếu") for b in ("tướng", "tá", "úy", "uý")
) | frozenset(search_key(r) for r in ("binh nhất", "binh nhì", "hạ sĩ", "trung sĩ", "thượng sĩ"))
# Upper-case letters of Vietnamese, for patterns that need a capitalised word.
UPPER = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
# Police forces written short, which alone name officers of a kind ("chiến sĩ CSGT"), no body;
# "Phòng CSGT", "Đội CSGT huyện ..." are bodies. So are services and schemes: health insurance,
# fire fighting, "joint-stock commercial" ("thẻ BHYT", "lực lượng PCCC"), unlike "Phòng PCCC".
_FORCE_ABBRS = frozenset({"CSGT", "CSCĐ", "CSĐT", "CSKV", "CSHS", "CSBV", "BHYT", "PCCC", "TMCP"})
# Two words that open a clause ("Ngoài ra, ..."): a name before them has ended.
_CLAUSE_OPENERS = frozenset(
    "ngoài ra|tuy nhiên|theo đó|bên cạnh|trong khi|sau đó|trước đó|do đó|vì vậy|vì thế|đồng thời|"
    "trong đó|hiện nay|tại đây|qua đó|từ đó|cùng với|mặt khác|thậm chí|ngay sau|riêng về|đối với|"
    "theo ông|theo bà|nhờ đó|nhìn chung|thông qua".split("|")
)
