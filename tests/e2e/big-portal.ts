/**
 * A portal page far bigger than its article, generated: a short article of our own, then the kind of
 * directory that 政府信息公开 sites print below it (rows of linked titles, document numbers and
 * dates) until the page is about 1.7 MB. Reading it is nearly all DOM walk: the card is small.
 */

const BODIES = ['区发展和改革委员会', '区财政局', '区民政局', '区住房和城乡建设局', '区卫生健康委员会'];
const KINDS = ['关于印发', '关于做好', '关于开展', '关于进一步加强'];
const TOPICS = ['老旧小区改造', '养老服务', '防汛防台', '营商环境', '社区治理', '公共卫生'];

function row(i: number): string {
  const at = (items: readonly string[], k: number) => items[(i * 7 + k) % items.length]!;
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 28) + 1).padStart(2, '0');
  return (
    `<tr><td>${i + 1}</td><td><a href="/xxgk/${i}.html">${at(BODIES, 0)}${at(KINDS, 1)}${at(TOPICS, 2)}` +
    `工作实施方案的通知</a></td><td>松发改〔2024〕${i + 1}号</td><td>2024-${month}-${day}</td></tr>`
  );
}

export function bigPortalPage(rows = 9000): string {
  const table = Array.from({ length: rows }, (_, i) => row(i)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>松岚区召开防汛防台工作部署会_政务要闻_松岚区人民政府</title></head>
<body>
<ul class="nav"><li><a href="#">首页</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li></ul>
<div class="article">
<h1>松岚区召开防汛防台工作部署会</h1>
<div class="info"><span>发布时间：2025-06-03 08:30</span>　<span>来源：松岚区应急管理局</span></div>
<div class="content">
<p>6月2日下午，松岚区召开防汛防台工作部署会。区委书记韩立峰出席并讲话，区委副书记、区长邵雨晴主持会议。</p>
<p>韩立峰指出，要坚持人民至上、生命至上，压紧压实防汛防台责任，全面排查地下空间、危旧房屋和在建工地等风险点位。</p>
<p>邵雨晴强调，各街道、各部门要强化值班值守和信息报送，确保一旦发生险情能够快速响应、科学处置。</p>
</div>
</div>
<div class="xxgk-list"><h2>政府信息公开目录</h2>
<table><thead><tr><th>序号</th><th>名称</th><th>文号</th><th>发布日期</th></tr></thead><tbody>
${table}
</tbody></table></div>
<div class="footer"><p>主办单位：松岚区人民政府办公室</p></div>
</body>
</html>
`;
}
