<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionGate</name>
    <message>
        <location filename="../action_gate.py" line="41" />
        <source>Choose a flag first</source>
        <translation>请先选择一条标记</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="87" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Subject</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="88" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../audit_view.py" line="126" />
        <source>Flag id (empty: every event)</source>
        <translation>标记编号（留空：全部事件）</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="129" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="131" />
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="136" />
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="180" />
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../audit_view.py" line="190" />
        <source>Intact: %1 events, head %2.</source>
        <translation>完整：共 %1 个事件，链头 %2。</translation>
    </message>
</context>
<context>
    <name>CallView</name>
    <message>
        <location filename="../call_view.py" line="66" />
        <source>Choose a flag to see it in its call.</source>
        <translation>选择一条标记，即可在通话中查看。</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="73" />
        <source>Flags in this call</source>
        <translation>本通话中的标记</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="152" />
        <source>speaker roles guessed</source>
        <translation>说话人角色为推测</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="210" />
        <source>no longer raised by the active rules</source>
        <translation>当前规则已不再触发</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="210" />
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="211" />
        <source>Citation</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>Added by hand</source>
        <translation>人工添加</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="212" />
        <source>matched</source>
        <translation>匹配</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>Why it was raised</source>
        <translation>触发原因</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>by</source>
        <translation>由</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="213" />
        <source>Context checked</source>
        <translation>已检查的语境</translation>
    </message>
    <message>
        <location filename="../call_view.py" line="214" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="75" />
        <source>by day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="78" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="83" />
        <source>Flags over time</source>
        <translation>标记趋势</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="88" />
        <source>Flags by category</source>
        <translation>各类别的标记</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="89" />
        <source>Flags by agent</source>
        <translation>各坐席的标记</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="90" />
        <source>Rule precision (confirmed vs dismissed), worst first</source>
        <translation>规则准确率（确认与驳回之比），最差的在前</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="92" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="93" />
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="93" />
        <source>Precision</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="160" />
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="176" />
        <source>(no agent)</source>
        <translation>（无坐席）</translation>
    </message>
    <message>
        <location filename="../dashboard.py" line="200" />
        <source>no decisions yet</source>
        <translation>尚无决定</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../export_dialog.py" line="29" />
        <location filename="../export_dialog.py" line="64" />
        <source>Export flags</source>
        <translation>导出标记</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="31" />
        <source>The flags the queue shows</source>
        <translation>队列中显示的标记</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="32" />
        <source>Every flag, retired ones too</source>
        <translation>全部标记（含已停用的）</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="37" />
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="39" />
        <source>Mask phone, account and ID numbers</source>
        <translation>隐藏电话号码、账号和身份证号</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="45" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="46" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../export_dialog.py" line="47" />
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="57" />
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="85" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="85" />
        <source>already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="86" />
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="86" />
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <location filename="../import_panel.py" line="100" />
        <source>No import yet.</source>
        <translation>尚未导入。</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="101" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="133" />
        <source>Looking for call files…</source>
        <translation>正在查找通话文件…</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="140" />
        <source>%1 of %2 files</source>
        <translation>%1 / %2 个文件</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="151" />
        <source>Imported %1, already there %2, failed %3, skipped %4.</source>
        <translation>已导入 %1 个，已存在 %2 个，失败 %3 个，跳过 %4 个。</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="155" />
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="163" />
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <location filename="../import_panel.py" line="167" />
        <source>Cancelling after the current file…</source>
        <translation>当前文件完成后取消…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="24" />
        <source>open</source>
        <translation>待审</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <location filename="../labels.py" line="84" />
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <location filename="../labels.py" line="82" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <location filename="../labels.py" line="83" />
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <location filename="../labels.py" line="86" />
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29" />
        <location filename="../labels.py" line="85" />
        <source>signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46" />
        <source>threat of violence</source>
        <translation>暴力威胁</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47" />
        <source>legal threat</source>
        <translation>法律威胁</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48" />
        <source>third-party pressure</source>
        <translation>向第三方施压</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>credit misstatement</source>
        <translation>虚假征信陈述</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>abusive language</source>
        <translation>辱骂性语言</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>public shaming</source>
        <translation>公开羞辱</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>impersonation</source>
        <translation>冒充身份</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53" />
        <source>misrepresentation</source>
        <translation>虚假陈述</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>QA reviewer</source>
        <translation>质检审核员</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>compliance officer</source>
        <translation>合规专员</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65" />
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73" />
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74" />
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75" />
        <source>mixed</source>
        <translation>混合</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87" />
        <source>undid</source>
        <translation>撤销了</translation>
    </message>
    <message>
        <location filename="../labels.py" line="88" />
        <source>added by hand</source>
        <translation>人工添加</translation>
    </message>
    <message>
        <location filename="../labels.py" line="89" />
        <source>added a flag</source>
        <translation>添加了标记</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90" />
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../labels.py" line="91" />
        <source>re-scanned</source>
        <translation>重新扫描了</translation>
    </message>
    <message>
        <location filename="../labels.py" line="92" />
        <source>published rules</source>
        <translation>发布了规则</translation>
    </message>
    <message>
        <location filename="../labels.py" line="93" />
        <source>added a user</source>
        <translation>添加了用户</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="91" />
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="92" />
        <source>Sign-off</source>
        <translation>签核</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="93" />
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="94" />
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="95" />
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="96" />
        <source>Sign in to see the review queue.</source>
        <translation>登录后即可查看审核队列。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="104" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="111" />
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121" />
        <source>Working…</source>
        <translation>处理中…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="146" />
        <source>Import &amp;files…</source>
        <translation>导入文件…(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148" />
        <source>Import call transcripts and note files</source>
        <translation>导入通话转写和催收记录文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="149" />
        <source>Import f&amp;older…</source>
        <translation>导入文件夹…(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="150" />
        <source>Import every call file in a folder and its subfolders</source>
        <translation>导入文件夹及其子文件夹中的全部通话文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="151" />
        <source>&amp;Export flags…</source>
        <translation>导出标记…(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152" />
        <source>Export flags to CSV, Excel or JSON Lines</source>
        <translation>将标记导出为 CSV、Excel 或 JSON Lines</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153" />
        <source>Save dashboard &amp;image…</source>
        <translation>保存仪表盘图片…(&amp;I)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154" />
        <source>&amp;People…</source>
        <translation>人员…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155" />
        <source>&amp;Switch user…</source>
        <translation>切换用户…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157" />
        <source>Show this flag's &amp;audit trail</source>
        <translation>显示此标记的审计记录(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165" />
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="172" />
        <source>&amp;Sign-off</source>
        <translation>签核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176" />
        <source>R&amp;ules</source>
        <translation>规则(&amp;U)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177" />
        <source>&amp;Open rule file…</source>
        <translation>打开规则文件…(&amp;O)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178" />
        <source>Run the &amp;examples</source>
        <translation>运行示例(&amp;E)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="179" />
        <source>&amp;Preview on stored calls</source>
        <translation>在已存通话上预览(&amp;P)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="183" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="192" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="195" />
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="204" />
        <source>&amp;About notecheck</source>
        <translation>关于 notecheck(&amp;A)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206" />
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="248" />
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="250" />
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="254" />
        <source>The database cannot be read</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298" />
        <source>Creating the demo accounts and importing the sample calls…</source>
        <translation>正在创建演示账户并导入示例通话…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="305" />
        <source>The demo cannot be set up</source>
        <translation>无法建立演示环境</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="329" />
        <source>No account yet: use File → Switch user to start again.</source>
        <translation>尚无账户：请使用“文件 → 切换用户”重新开始。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337" />
        <source>Demo accounts: alice (QA reviewer), bob (supervisor), cora (compliance officer), adam (administrator). The password is “%1”.</source>
        <translation>演示账户：alice（质检审核员）、bob（主管）、cora（合规专员）、adam（管理员）。密码均为“%1”。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="395" />
        <source>Signed in as %1.</source>
        <translation>已登录：%1。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="457" />
        <source>An import is already running.</source>
        <translation>已有导入正在进行。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="489" />
        <source>Import call files</source>
        <translation>导入通话文件</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="490" />
        <source>Calls and notes (*.txt *.vtt *.srt *.json *.csv)</source>
        <translation>通话与记录 (*.txt *.vtt *.srt *.json *.csv)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="496" />
        <source>Import a folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535" />
        <source>Exported %1 flags to %2.</source>
        <translation>已导出 %1 条标记到 %2。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547" />
        <source>Save dashboard image</source>
        <translation>保存仪表盘图片</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="551" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="578" />
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;confirm the selected flags&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;dismiss, with a reason&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;escalate to compliance&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;flag the words selected in the transcript&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous flag&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo your last decision&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;sign off / return (sign-off page)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pages&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;import files&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export flags&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;确认所选标记&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;驳回（需填写理由）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;上报合规&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;M&lt;/b&gt;&lt;/td&gt;&lt;td&gt;标记通话记录中所选的文字&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;J / K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一条 / 上一条标记&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销你的上一个决定&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;S / R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;签核 / 退回（签核页）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1…5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;切换页面&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导入文件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;导出标记&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="590" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="598" />
        <source>About notecheck</source>
        <translation>关于 notecheck</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="599" />
        <source>notecheck %1 audits debt-collection calls and collector notes for prohibited practices, in English and Chinese.</source>
        <translation>notecheck %1 用于审查催收通话和催收记录中的违规行为，支持中文和英文。</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="606" />
        <source>The language changes the next time notecheck starts.</source>
        <translation>语言将在下次启动 notecheck 时更改。</translation>
    </message>
</context>
<context>
    <name>ManualFlagDialog</name>
    <message>
        <location filename="../dialogs.py" line="96" />
        <source>Add a flag</source>
        <translation>添加标记</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="107" />
        <source>What the rules missed</source>
        <translation>规则遗漏了什么</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="109" />
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="110" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="111" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="112" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="30" />
        <source>Words</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="31" />
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../preview_model.py" line="31" />
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="235" />
        <source>Call date</source>
        <translation>通话日期</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="236" />
        <source>Excerpt</source>
        <translation>摘录</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="272" />
        <source>The active rules no longer raise this flag</source>
        <translation>当前规则已不再触发此标记</translation>
    </message>
    <message>
        <location filename="../queue_model.py" line="291" />
        <source>%1 (retired)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../queue_view.py" line="59" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="63" />
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="67" />
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="71" />
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="73" />
        <source>All reviewers</source>
        <translation>全部审核员</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="76" />
        <source>Search words, messages, call ids</source>
        <translation>搜索文字、说明、通话编号</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="78" />
        <source>Retired too</source>
        <translation>含已停用</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="79" />
        <source>Also show flags the active rules no longer raise</source>
        <translation>同时显示当前规则已不再触发的标记</translation>
    </message>
    <message>
        <location filename="../queue_view.py" line="240" />
        <source>%1 shown</source>
        <translation>显示 %1 条</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../dialogs.py" line="31" />
        <source>Choose a reason…</source>
        <translation>选择理由…</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="35" />
        <source>Details (optional when a reason is chosen)</source>
        <translation>详细说明（已选择理由时可不填）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="64" />
        <source>Dismiss</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="65" />
        <source>Why is this not a violation? (%n flag(s))</source>
        <translation>为什么这不是违规？（%n 条标记）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="66" />
        <source>Negated or conditional in context</source>
        <translation>语境中为否定或条件句</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="67" />
        <source>The customer said it</source>
        <translation>这是客户说的</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="68" />
        <source>The agent was quoting the customer</source>
        <translation>坐席在复述客户的话</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="69" />
        <source>Accurate, permitted statement</source>
        <translation>陈述属实，且为允许的表述</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="70" />
        <source>Transcription error</source>
        <translation>转写错误</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="71" />
        <source>Duplicate of another flag</source>
        <translation>与另一条标记重复</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="75" />
        <source>Return to reviewer</source>
        <translation>退回审核员</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="76" />
        <source>Why should the reviewer decide again? (%n flag(s))</source>
        <translation>为什么需要审核员重新决定？（%n 条标记）</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="78" />
        <source>Listen to the whole call</source>
        <translation>请完整听一遍通话</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="79" />
        <source>The decision looks wrong</source>
        <translation>决定似乎有误</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="80" />
        <source>The reason does not explain the decision</source>
        <translation>理由不能说明该决定</translation>
    </message>
    <message>
        <location filename="../dialogs.py" line="81" />
        <source>Needs compliance input</source>
        <translation>需要合规意见</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../review_page.py" line="36" />
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="37" />
        <source>Open</source>
        <translation>待审</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="38" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="39" />
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="40" />
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="41" />
        <source>Dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="42" />
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="43" />
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="47" />
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="47" />
        <source>Confirm: this is a violation</source>
        <translation>确认：这是违规行为</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="49" />
        <source>&amp;Dismiss…</source>
        <translation>驳回…(&amp;D)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="49" />
        <source>Dismiss with a reason</source>
        <translation>填写理由后驳回</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="51" />
        <source>&amp;Escalate</source>
        <translation>上报(&amp;E)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="51" />
        <source>Escalate to compliance</source>
        <translation>上报合规</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="53" />
        <source>&amp;Flag selected words…</source>
        <translation>标记所选文字…(&amp;F)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="54" />
        <source>Add a flag for the words selected in the transcript</source>
        <translation>为通话记录中所选的文字添加标记</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="56" />
        <source>&amp;Undo my last decision</source>
        <translation>撤销我的上一个决定(&amp;U)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="57" />
        <source>Undo your own last decision (recorded as a new event)</source>
        <translation>撤销你自己的上一个决定（记录为新事件）</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="58" />
        <source>&amp;Next flag</source>
        <translation>下一条标记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="58" />
        <source>Next flag</source>
        <translation>下一条标记</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="59" />
        <source>&amp;Previous flag</source>
        <translation>上一条标记(&amp;P)</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="59" />
        <source>Previous flag</source>
        <translation>上一条标记</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="113" />
        <source>The selected flags are still loading; try again in a moment.</source>
        <translation>所选标记仍在加载，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="116" />
        <source>Choose a flag first.</source>
        <translation>请先选择一条标记。</translation>
    </message>
    <message numerus="yes">
        <location filename="../review_page.py" line="133" />
        <source>%n flag(s) %1.</source>
        <translation><numerusform>%n 条标记已%1。</numerusform></translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>dismissed</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="136" />
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="151" />
        <source>Undone: flag %1 is %2 again.</source>
        <translation>已撤销：标记 %1 恢复为%2。</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="159" />
        <source>Select the words in one utterance of the transcript first.</source>
        <translation>请先在通话记录的一句话中选中文字。</translation>
    </message>
    <message>
        <location filename="../review_page.py" line="173" />
        <source>Flag added: “%1”.</source>
        <translation>已添加标记：“%1”。</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>Rule set</source>
        <translation>规则集</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="69" />
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="73" />
        <source>Open rule file…</source>
        <translation>打开规则文件…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="80" />
        <source>Active rule book</source>
        <translation>当前生效的规则集</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="87" />
        <source>No file open</source>
        <translation>未打开文件</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="89" />
        <source>Run examples</source>
        <translation>运行示例</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="91" />
        <source>Preview on stored calls</source>
        <translation>在已存通话上预览</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="93" />
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="95" />
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="96" />
        <source>Throw away the changes to this file</source>
        <translation>放弃对此文件的修改</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="98" />
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="118" />
        <source>Preview what a change does to the stored calls before publishing it.</source>
        <translation>发布前先预览修改对已存通话的影响。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="125" />
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="125" />
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="142" />
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="143" />
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="199" />
        <source>No rule book has been published yet: the rules shipped with notecheck are published on the first import.</source>
        <translation>尚未发布规则集：首次导入时将发布 notecheck 自带的规则。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="203" />
        <source>Version %1, published %2 by %3.</source>
        <translation>版本 %1，由 %3 于 %2 发布。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="215" />
        <source>Changed, not published</source>
        <translation>已修改，未发布</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="258" />
        <source>Open rule file</source>
        <translation>打开规则文件</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="259" />
        <location filename="../rules_view.py" line="469" />
        <source>Rule files (*.yaml *.yml)</source>
        <translation>规则文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="278" />
        <location filename="../rules_view.py" line="306" />
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="306" />
        <source>Running the examples…</source>
        <translation>正在运行示例…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="325" />
        <source>All %1 examples of %2 rules behave as written.</source>
        <translation>%2 条规则的全部 %1 个示例均符合预期。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="328" />
        <source>No problems: %1 rules in %2.</source>
        <translation>没有问题：%2 共 %1 条规则。</translation>
    </message>
    <message numerus="yes">
        <location filename="../rules_view.py" line="333" />
        <source>%n problem(s): the active rules stay in use until they are fixed.</source>
        <translation><numerusform>%n 个问题：修复之前继续使用当前生效的规则。</numerusform></translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="362" />
        <source>Scanning the stored calls with the draft…</source>
        <translation>正在用草稿扫描已存通话…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="375" />
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="376" />
        <source>Removed (%1)</source>
        <translation>移除（%1）</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="378" />
        <source>On %1 stored calls the draft adds %2 flags and no longer raises %3 (%4 of them already reviewed); %5 stay as they are.</source>
        <translation>在 %1 个已存通话上，草稿将新增 %2 条标记，不再触发 %3 条（其中 %4 条已审核）；%5 条保持不变。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="394" />
        <source>The draft has problems; nothing was changed.</source>
        <translation>草稿有问题，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="403" />
        <source>Publish rules</source>
        <translation>发布规则</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="405" />
        <source>What changed and why</source>
        <translation>修改了什么，为什么</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="406" />
        <source>Publish the draft as the new active rule book? The stored calls are scanned again; reviewed flags keep their decisions.</source>
        <translation>将草稿发布为新的生效规则集？已存通话将重新扫描；已审核的标记保留原有决定。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="424" />
        <source>Publishing the rules and scanning the stored calls again…</source>
        <translation>正在发布规则并重新扫描已存通话…</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="430" />
        <source>Published %1.</source>
        <translation>已发布 %1。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="432" />
        <source>Re-scan: %1 flags added, %2 no longer raised.</source>
        <translation>重新扫描：新增 %1 条标记，%2 条不再触发。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="450" />
        <source>Make the draft the active rule book</source>
        <translation>将草稿设为当前生效的规则集</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="454" />
        <source>Only a compliance officer or an administrator can publish rules.</source>
        <translation>只有合规专员或管理员可以发布规则。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="456" />
        <source>There are no rule files to publish.</source>
        <translation>没有可发布的规则文件。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="458" />
        <source>The draft is being checked.</source>
        <translation>正在检查草稿。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="460" />
        <source>The draft has problems; fix them first (the active rules stay in use).</source>
        <translation>草稿有问题，请先修复（当前规则继续生效）。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="462" />
        <source>The draft is the same as the active rules.</source>
        <translation>草稿与当前生效的规则相同。</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="468" />
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../rules_view.py" line="474" />
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../sign_in.py" line="46" />
        <source>Sign in to notecheck</source>
        <translation>登录 notecheck</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="60" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="61" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="62" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="64" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="88" />
        <source>There is no one to sign in as.</source>
        <translation>没有可登录的用户。</translation>
    </message>
</context>
<context>
    <name>SignOffPage</name>
    <message>
        <location filename="../signoff_page.py" line="35" />
        <source>Awaiting sign-off</source>
        <translation>待签核</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="36" />
        <source>Signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="37" />
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="38" />
        <source>All decided</source>
        <translation>全部已决定</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="45" />
        <source>&amp;Sign off</source>
        <translation>签核(&amp;S)</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="45" />
        <source>Sign off the decision</source>
        <translation>签核该决定</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="47" />
        <source>&amp;Return…</source>
        <translation>退回…(&amp;R)</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="47" />
        <source>Return to the reviewer with a reason</source>
        <translation>填写理由后退回审核员</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="49" />
        <source>&amp;Next flag</source>
        <translation>下一条标记(&amp;N)</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="49" />
        <source>Next flag</source>
        <translation>下一条标记</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="50" />
        <source>&amp;Previous flag</source>
        <translation>上一条标记(&amp;P)</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="50" />
        <source>Previous flag</source>
        <translation>上一条标记</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="107" />
        <source>%1 by &lt;b&gt;%2&lt;/b&gt; %3</source>
        <translation>%1，由 &lt;b&gt;%2&lt;/b&gt; 于 %3</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="116" />
        <source>Choose a flag first.</source>
        <translation>请先选择一条标记。</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="130" />
        <source>signed off</source>
        <translation>已签核</translation>
    </message>
    <message>
        <location filename="../signoff_page.py" line="130" />
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message numerus="yes">
        <location filename="../signoff_page.py" line="131" />
        <source>%n flag(s) %1.</source>
        <translation><numerusform>%n 条标记已%1。</numerusform></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../sign_in.py" line="169" />
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="171" />
        <location filename="../sign_in.py" line="188" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="182" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="186" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="187" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="189" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="194" />
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="212" />
        <source>User names use lower-case letters, digits, '_', '.' and '-'.</source>
        <translation>用户名只能使用小写字母、数字以及“_”“.”“-”。</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="215" />
        <source>Choose a password.</source>
        <translation>请设置密码。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../sign_in.py" line="109" />
        <source>Welcome to notecheck</source>
        <translation>欢迎使用 notecheck</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="110" />
        <source>This database is new. Create the first account — it administers notecheck and adds the reviewers, supervisors and compliance officers.</source>
        <translation>这是一个新数据库。请创建第一个账户——该账户负责管理 notecheck，并添加审核员、主管和合规专员。</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="114" />
        <source>lower-case, e.g. maria.chen</source>
        <translation>小写，例如 maria.chen</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="120" />
        <source>Load the built-in sample calls to try it out</source>
        <translation>导入内置示例通话以便试用</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="124" />
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="125" />
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="126" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="127" />
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="129" />
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="144" />
        <source>User names use lower-case letters, digits, '_', '.' and '-'.</source>
        <translation>用户名只能使用小写字母、数字以及“_”“.”“-”。</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="147" />
        <source>Choose a password.</source>
        <translation>请设置密码。</translation>
    </message>
    <message>
        <location filename="../sign_in.py" line="150" />
        <source>The passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
</TS>
