/**
 * A district news page far longer than any real one, generated: sentences in the shape of a work
 * report, written for this project; distinct names built from common surnames and given-name
 * characters, two officials per paragraph. 4,000 paragraphs naming 2,000 officials make about 2 MB.
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜夏钟汪';
const GIVEN =
  '建华明海涛敏丽军伟芳强磊洋勇艳杰娟平刚桂英志红霞峰秀云文斌静宁翔凯慧晨欣瑞琳松柏春秋冬雪梅兰竹菊';
const TITLES = ['副区长', '区委常委', '街道党工委书记', '区民政局局长', '镇长', '居委会主任'];
const STREETS = ['滨河', '春晖', '望江', '新桥', '东湖', '西园', '南塘', '北苑', '云山', '临湖'];
const BODIES = ['区民政局', '区财政局', '区卫生健康委', '市委组织部', '区委宣传部'];
const COMPANIES = ['康颐餐饮管理有限公司', '申和物业服务有限公司', '江城建设集团有限公司'];

/** The i-th of the distinct two-character names (up to SURNAMES × GIVEN of them). */
function nameOf(i: number): string {
  return SURNAMES[i % SURNAMES.length]! + GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
}

function paragraph(i: number, names: number): string {
  const a = nameOf((2 * i) % names);
  const b = nameOf((2 * i + 1) % names);
  const at = (k: number, items: readonly string[]) => items[(i * 7 + k) % items.length]!;
  const street = `${at(0, STREETS)}街道`;
  return (
    `${at(1, TITLES)}${a}、${at(2, TITLES)}${b}来到${street}${at(3, STREETS)}居民区，察看社区长者食堂和“家门口”服务站，` +
    `听取${street}党工委、${at(4, STREETS)}居委会关于老年助餐和居民议事会的工作汇报。` +
    `${a}指出，${at(5, BODIES)}要会同临江${at(6, COMPANIES)}完善助餐服务网络，把群众的急难愁盼作为工作的着力点，` +
    `推动第${i + 1}批民生实事项目按期落地见效，让居民在家门口享受更加便捷的公共服务。`
  );
}

export function longArticlePage(paragraphs = 4000, names = 2000): string {
  const ps = Array.from({ length: paragraphs }, (_, i) => `<p>${paragraph(i, names)}</p>`);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>临江区2024年社区养老服务工作情况汇编_区内要闻_临江区人民政府</title></head>
<body>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">新闻中心</a></li><li><a href="#">政务公开</a></li></ul>
<div class="article">
<h1>临江区2024年社区养老服务工作情况汇编</h1>
<div class="info"><span class="time">发布时间：2024-12-30 09:00</span>　<span class="source">来源：临江区民政局</span></div>
<div class="content">
${ps.join('\n')}
</div>
</div>
<div class="footer"><p>主办单位：临江区人民政府办公室</p></div>
</body>
</html>
`;
}
