/**
 * Every heuristic of article extraction as named data, so a reader finds each decision in one place.
 * Patterns work on whitespace-collapsed text in either script (simplified or traditional).
 */

/** Elements whose content is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'INPUT',
  'BUTTON',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'VIDEO',
  'AUDIO',
  'MAP',
]);

/** Elements that start and end a line of text. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'IMG',
]);

/** Containers whose role says they are page furniture, not content. */
export const FURNITURE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'MENU']);

/**
 * Class/id words of page furniture (navigation, share bars, toolbars, footers). Matched as whole words
 * of the class/id attribute, split on - _ and spaces, so "content" never matches "con".
 */
export const FURNITURE_WORDS = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'crumb',
  'crumbs',
  'footer',
  'foot',
  'copyright',
  'share',
  'sharebar',
  'bdshare',
  'jiathis',
  'toolbar',
  'sidebar',
  'aside',
  'comment',
  'comments',
  'qrcode',
  'ewm',
  'erweima',
  'related',
  'recommend',
  'hot',
  'rank',
  'pager',
  'pagination',
  'login',
  'search',
  'ad',
  'ads',
  'banner',
  'elder',
  'wza',
  'barrier',
  'accessibility',
  'topbar',
  'logo',
  'links',
  'friendlink',
  'sitemap',
]);

/** Lines that are page chrome wherever they stand (share bars, QR blocks, 长者模式 and footers). */
export const CHROME_LINE =
  /^(分享到|分享至|扫描二维码|扫一扫|关注[“"]|↑?\s*点击(?:上方|蓝字)|打印(本页|此页)?$|关闭(窗口|本页)?$|【?(字体|字号)[：:]|返回顶部|阅读原文|閱讀原文|点亮“在看”|点个“在看”|点个在看|喜欢此内容的人还喜欢|继续滑动看下一个|轻触阅读原文|向上滑动看下一个|正文已结束|【纠错】|\+1【纠错】|上一篇|下一篇|上一条|下一条|相关(新闻|阅读|链接|文章)|网站地图|(进入|退出)?(长者|关怀|适老化?)模式|无障碍|主办单位|承办单位|技术支持|网站标识码|联系我们|版权所有|copyright|©|推荐使用|建议使用|网站支持|您?当前(?:所在)?位置|您的位置|所在位置|现在位置|当前栏目)/i;

/**
 * Copyright, reprint and disclaimer notices (版权声明, 免责声明, 转载请注明出处, 不代表本网观点): page
 * furniture even where a CMS prints them inside the article box. Source: the stock wording of Chinese
 * portals' and government sites' notices (著作权法 terms 著作权/转载/摘编, 《互联网信息服务管理办法》-era
 * "信息存储空间服务" wording of platform notices). A notice label opens the line; the phrases are counted.
 */
export const DISCLAIMER_LABEL =
  /^[[【（(]?\s*[\u4e00-\u9fffA-Za-z!！]{0,8}(?:版权|版權|著作权|著作權|免责|免責|法律|平台|特别|特別|转载|轉載|传输内容|傳輸內容)(?:声明|聲明|条款|條款|说明|說明|须知|須知)\s*(?:[:：]|[\]】）)]|$)/;
export const DISCLAIMER_PHRASE =
  /(?:版权所有|版權所有)(?![者人方])|(?:版权归|版權歸).{0,12}所有|版权均属|版權均屬|(?:请勿|請勿|不得|禁止|严禁|嚴禁)(?:转载|轉載|复制|複製|摘编|摘編|转贴|轉貼)|转载.{0,12}(?:注明|须|請|请)|轉載.{0,12}(?:註明|注明|須|請)|转载自|轉載自|(?:不代表|仅代表|僅代表).{0,24}(?:观点|觀點|立场|立場)|对其真实性负责|對其真實性負責|信息存储(?:空间)?服务|資訊儲存|如有侵权|如有侵權|侵权.{0,8}(?:删除|联系)|违者必究|違者必究/g;
/** Words notices use that ordinary sentences use too: they count only beside a notice phrase. */
export const DISCLAIMER_HINT =
  /著作权|著作權|版权|版權|未经.{0,16}(?:授权|许可|同意)|未經.{0,16}(?:授權|許可|同意)|法律责任|法律責任|转载|轉載/g;
/** A line with one notice phrase is a notice up to this length; longer lines need a second phrase or hint. */
export const DISCLAIMER_SHORT = 60;

/** Credit lines that close an article: 责任编辑：霍琦, [责任编辑：韩保林], 【编辑：姚昊】, （责任编辑：系统管理员）, 本文来源：新京报. */
export const CREDIT_LINE =
  /^[[【（(]?\s*(?:原创|责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|本文来源|本文來源|文章来源|文章來源)\s*[:：]/;

/** The original-title note some portals print first: 原标题：…, （原标题：…）. */
export const ORIGINAL_TITLE = /^[（(]?\s*(?:原标题|原標題)\s*[:：]/;

/** A breadcrumb trail: 首页 > 新闻中心 > 通知公告 (at least two separators). */
export const BREADCRUMB = /(?:>|»|›|＞|→)[^>»›＞→]{1,20}(?:>|»|›|＞|→)/;

/** Footer registration numbers: ICP 备案 and 公网安备. */
export const REGISTRATION = /(ICP\s*[备證证]|公网安备|公網安備|网站标识码|政府网站标识码)/i;

/** A line that only credits a photo: "陈正宝 摄", "陆翔 摄影报道", "摄影：张艳". */
export const PHOTO_CREDIT =
  /^(?:[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{1,4})*\s*(?:摄|攝|摄影|攝影|摄影报道|攝影報道|供图|供圖|\/摄|\/攝)|(?:摄影|攝影|图|圖)\s*[/:：]\s*[\u4e00-\u9fff·]{2,4})$/;

/** Image placeholders that CMSs print as captions. */
export const IMAGE_PLACEHOLDER = /^(图片默认标题|圖片默認標題|图片|圖片|image|img)[_\s-]?[\w-]*$/i;

/** A short caption under a picture, marked with a pointer: "▲ 邻里中心外景", "△图为活动现场". */
export const POINTER_CAPTION = /^[▲△↑]\s*\S.{0,40}$/;

/** A caption that ends with its credit: "…启动仪式。（记者 陆子谦 摄）". */
export const TRAILING_CREDIT = /[（(]([^()（）]{2,30}(?:摄|攝|摄影|攝影|供图|供圖))[)）]\s*$/;

/** Search result pages: "共找到 128 条结果". */
export const SEARCH_COUNT =
  /(?:共|为您)?(?:找到|搜索到|检索到|查询到)(?:相关)?(?:结果|信息|内容)?(?:约|共)?\s*\d[\d,]*\s*(?:条|个|篇)/;

/**
 * Labels of page sections that are not the article ("相关新闻", "延伸 · 推荐"), as headings or as lines
 * of their own; matched with white space and separator dots removed.
 */
export const SECTION_LABEL =
  /^(?:图片新闻|圖片新聞|相关新闻|相關新聞|相关阅读|相關閱讀|相关文章|相關文章|相关推荐|相關推薦|延伸阅读|延伸閱讀|延伸推荐|延伸推薦|推荐阅读|推薦閱讀|热点新闻|熱點新聞|热点推荐|熱點推薦|编辑推荐|編輯推薦|热门推荐|熱門推薦|热门文章|熱門文章|为您推荐|為您推薦|今日推荐|精彩推荐|更多精彩|更多新闻|更多新聞|猜你喜欢|猜你喜歡|往期回顾|往期回顧|往期推荐|往期推薦|往期精彩|视频新闻|視頻新聞)$/;
export const SECTION_LABEL_NOISE = /[\s·•|｜:：]+/g;

/** A dateline that opens the first paragraph: 本报讯, 又讯, 本站讯, 新华社北京2月29日电, □记者 … */
export const DATELINE =
  /^(?:(?:本报|本網|本网|本站|本台|本刊)(?:讯|訊)|又(?:讯|訊)|(?:本报|本報)(?:记者|記者))\s*/;

/**
 * A dateline naming its outlet (news-writing convention, 电头): "唐尧网讯", "1905电影网讯" (group 1 is
 * the outlet), and an agency's "据新华社拉萨电", "新华社北京2月29日电", "中新社北京3月1日电" (group 2).
 * An agency dateline without a date counts only when a byline in parentheses follows it.
 */
export const OUTLET_DATELINE =
  /^(?:据|據)?(?:(?!本|又)([\u4e00-\u9fffA-Za-z0-9]{1,12}?(?:网|網|报|報|台|站|刊|端|号|號))(?:讯|訊)|([\u4e00-\u9fff]{1,5}社)[\u4e00-\u9fff]{1,8}?(\d{1,2}月\d{1,2}日)?(?:电|電))\s*/;

/**
 * The outlet a byline may open with (news-writing convention: 本报记者, 本刊通讯员, 新华社记者,
 * 中国青年报记者, 总台记者): 本报/本刊/本台/本网/本站, or a short name ending in 报/社/网/台/刊.
 */
const BYLINE_OUTLET =
  '(?:本报|本報|本刊|本台|本网|本網|本站|[\\u4e00-\\u9fff·]{1,10}?(?:报|報|社|网|網|台|刊))?';

/** Where a byline says the reporter filed from: "发自北京", "上海报道" (本报记者张三发自北京, 李四 上海报道). */
const BYLINE_TAIL = '(?:\\s*(?:发自|發自)[\\u4e00-\\u9fff]{1,8}|\\s*[\\u4e00-\\u9fff]{0,6}(?:报道|報道))?';

/** A byline in parentheses closing the last paragraph: "（总台记者张倩）", "(信报记者蔡雪婧)". */
export const TRAILING_BYLINE =
  /\s*[（(]([^()（）]{0,8}?(?:记者|記者|通讯员|通訊員|实习生|實習生)[^()（）]{1,30})[)）]\s*$/;

/** A byline in parentheses that follows a dateline: (记者 汪晓 施 昱辰), （通讯员 易敏婕）, （本报记者 张三）. */
export const PAREN_BYLINE = new RegExp(
  `^[（(]\\s*(${BYLINE_OUTLET}(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者|实习记者|實習記者|文|图|圖|摄|攝)[^()（）]{1,60})[)）]\\s*`,
);

/**
 * A dateline's byline of bare names, as news agencies print it: 新华社北京5月19日电（张三、李四）.
 * Read only after an agency or outlet dateline, and only names that start with a surname.
 */
export const PAREN_NAMES =
  /^[（(]\s*([\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]\s*/;

/** A standalone byline line: □记者 李洁 通讯员 易敏婕, 记者 汪晓, 文/张三 图/李四, 本报实习生 刘国栋 周炜. */
export const BYLINE_LINE = new RegExp(
  `^[□■◎●〇○]?\\s*(?:${BYLINE_OUTLET}(?:记者|記者|通讯员|通訊員|实习生|實習生|见习记者|見習記者|作者|撰稿|文字|文|图|圖|摄影|攝影|责任编辑|責任編輯|责编|責編|编辑|編輯)\\s*[/:：]?\\s*[\\u4e00-\\u9fff·]{1,4}(?:\\s+[\\u4e00-\\u9fff·]{1,4})*\\s*)+${BYLINE_TAIL}$`,
);

/** A byline that credits with a bar or slash and may name the writer's post: "文丨松岚观察员 韩涵", "文/本报评论员 张三". */
export const ROLE_BYLINE = /^(?:文|图|圖|记者|記者|作者)\s*[丨|｜/:：]\s*[^，。！？,!?]{2,30}$/;

/** Roles whose name may follow with no separator (记者叶婉, 通讯员李四); after other roles that makes a word (作者简介). */
export const REPORTER_ROLES = [
  '记者',
  '記者',
  '见习记者',
  '見習記者',
  '实习生',
  '實習生',
  '通讯员',
  '通訊員',
];

/**
 * Words that stand where names do in bylines but are not names, and the share toolbar and UI labels
 * printed beside them: 关注 (a follow button) and 来自… (the poster's region, which platforms print
 * beside the name, "IP属地", since 2022).
 */
export const NOT_NAME =
  /^(?:报道|報道|整理|综合|綜合|编译|編譯|实习|實習|本报|本報|通讯|通訊|特约|特約|供图|供圖|摄影报道|攝影報道|来源|來源|新华社|新華社|图片|圖片|视频|視頻|联合|聯合|打印|关闭|關閉|微博|微信|分享|收藏|附件|文档附件|文檔附件|相关附件|相關附件|字号|字號|纠错|糾錯|朋友圈|扫码|掃碼|返回|顶部|頂部|浏览|瀏覽|评论|評論|点赞|點讚|推荐|推薦|关注|關注|来自.{1,3}|來自.{1,3})$/;

/** An outlet's name ends in 报, 社, 网, 台 or 刊 (新京报, 法新社): no person's name, unless it starts with a surname. */
export const OUTLET_NAME = /(?:报|報|社|网|網|台|刊)$/;

/** Role labels that precede names in bylines and metadata lines. */
export const AUTHOR_ROLES = [
  ...REPORTER_ROLES,
  '作者',
  '撰稿',
  '撰文',
  '文字',
  '文',
  '编辑',
  '編輯',
  '责编',
  '責編',
  '责任编辑',
  '責任編輯',
  '主编',
  '主編',
  '审核',
  '審核',
  '校对',
  '校對',
  '摄影',
  '攝影',
  '摄',
  '攝',
  '图',
  '圖',
];

/** The source label: 来源：东方网. */
export const SOURCE_LABEL =
  /(?:来源|來源|稿源|出处|出處|新闻来源|新聞來源|信息来源|信息來源|文章来源|文章來源)\s*[:：]\s*/;

/** Words printed beside a date that are not an outlet. */
export const NOT_OUTLET =
  /^(?:原创|原創|独家|獨家|转载|轉載|我有话说|收藏|收藏本文|分享|评论|評論|打印|字号|字號|阅读|閱讀|点赞|關注|关注|转发|轉發|作者|记者|記者|编辑|編輯|星期[一二三四五六日天]|上午|下午|来源|來源)$/;

/** Labels for the publication time. */
export const DATE_LABEL =
  /(?:发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|时间|時間|日期|发布于|發佈於|发表于|發表於|更新时间|更新時間)\s*[:：]?\s*$/;

/** `<meta>` names and properties that carry the title, date or source, most trusted first. */
export const META_TITLE = ['ArticleTitle', 'og:title', 'twitter:title', 'title', 'headline'];
export const META_DATE = [
  'PubDate',
  'og:time',
  'pubdate',
  'publishdate',
  'article:published_time',
  'og:release_date',
  'datePublished',
  'publish_date',
  'weibo:article:create_at',
  'firstpublishedtime',
  'created',
  'date',
  'dc.date',
  'DC.date.issued',
];
export const META_SOURCE = ['ContentSource', 'source', 'og:site_name', 'SiteName'];
export const META_AUTHOR = ['author', 'Author', 'article:author'];

/**
 * Variables that article templates assign in inline scripts, by field: the WeChat article page
 * (mp.weixin.qq.com) declares its publication time as `var ct = "<unix seconds>"` (newer pages also
 * `createTime`) and its account as `var nickname`, and fills the printed time only by script.
 * Read as declared metadata, after `<meta>`. Source: the WeChat article template's inline scripts.
 */
export const SCRIPT_FIELDS = { date: ['ct', 'createTime'], source: ['nickname'] } as const;

/** `<title>` suffixes and site names: "标题_网易新闻", "标题 - 徐汇区人民政府". */
export const TITLE_SEPARATORS = /\s*(?:[|｜_—–»›]|\s-\s|(?<!\d)-{1,2}(?!\d)|——)\s*/;
export const SITE_NAME =
  /(?:人民政府|政府网|政府門戶|门户网站|門戶網站|电子报|電子報|官方网站|官網|官网|网站|網站|网|網|新闻|新聞|日报|日報|晚报|晚報|报|報|首页|首頁|频道|頻道|在线|線上|客户端|Online|\.com|\.cn)$/i;

/** A column label on its own line, ending in its bar: "书记市长这一周 |", "政能亮丨". Neither headline nor body. */
export const COLUMN_LABEL = /^[^|｜丨]{2,14}\s*[|｜丨]\s*$/;
/** The same label opening the first paragraph: "书记市长这一周 | 唐尧网讯（记者…）3月23日，…". */
export const LEADING_COLUMN_LABEL = /^[^|｜丨，。；！？,.]{2,14}\s*[|｜丨]\s*/;

/**
 * A document number (发文字号) as printed under a headline: "（浙金罚决字〔2024〕52号）", "国办发〔2024〕3号";
 * the year in 〔〕 (GB/T 9704-2012), or the brackets offices type instead: [] ［］ 【】 ().
 */
export const DOC_NUMBER =
  /^[（(]?\s*[\u4e00-\u9fff]{1,14}\s*[〔[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号\s*[)）]?$/;

/** Sentence-final punctuation (full- and half-width). */
export const SENTENCE_END = /[。！？!?…；;]$|[。！？!?][”」』"]$/;

/** Punctuation that marks running prose in Chinese (full-width, plus ASCII commas that old CMSs emit). */
export const PROSE_PUNCT = /[，。；：、！？“”「」《》（）,;:!?]/g;

/** An e-paper's page marker (版面): 第01版, 第A3版, 第 5 版. */
export const EDITION_MARK = /第\s*[0-9０-９A-Za-z]{1,4}\s*版/;
/** A newspaper's name: a short Han run ending in 报 (人民日报, 解放日报, 徐汇报). */
export const PAPER_NAME = /([\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|报|日報|晚報|報))(?![\u4e00-\u9fff])/g;
/** Words for "the paper" that name none: 数字报, 电子报, 机关报, 本报, 党报. */
export const GENERIC_PAPER = /^(?:.*(?:数字|电子|機關|机关|數字|電子)報?报?|本报|本報|党报|黨報|日报|晚报)$/;
/** The issue date in an e-paper address: /html/2024-05/20/, /20240520/, /2024/05/20/. */
export const URL_DATE = /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;
