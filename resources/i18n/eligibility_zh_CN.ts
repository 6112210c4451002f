<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackupOps</name>
    <message>
        <location filename="../../gui/backup_ops.py" line="22" />
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="24" />
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="30" />
        <location filename="../../gui/backup_ops.py" line="34" />
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="30" />
        <source>There is no backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="35" />
        <source>Replace all merchants with this backup:</source>
        <translation>用此备份替换全部商家数据：</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="41" />
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="48" />
        <source>Backup restored; the data before it was kept in %1</source>
        <translation>已恢复备份；恢复前的数据已保存在 %1</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="28" />
        <source>made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="28" />
        <source>daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="29" />
        <source>before emptying the trash</source>
        <translation>清空回收站前</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="30" />
        <source>before restoring a backup</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="31" />
        <source>before an update of the data</source>
        <translation>数据升级前</translation>
    </message>
    <message>
        <location filename="../../gui/backup_ops.py" line="32" />
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
</context>
<context>
    <name>BatchOps</name>
    <message numerus="yes">
        <location filename="../../gui/batch_ops.py" line="50" />
        <source>Checked %n merchant(s).</source>
        <translation>
            <numerusform>已检查 %n 个商家。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="52" />
        <source>Checking all merchants…</source>
        <translation>正在检查全部商家…</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="53" />
        <source>Check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="54" />
        <source>Cancelled; nothing was recorded.</source>
        <translation>已取消，未记录任何结果。</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="60" />
        <source>Batch matrix</source>
        <translation>批量汇总表</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="60" />
        <source>This version cannot write it yet.</source>
        <translation>此版本暂不支持。</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="63" />
        <source>Export batch matrix</source>
        <translation>导出批量汇总表</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="64" />
        <location filename="../../gui/batch_ops.py" line="92" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="83" />
        <source>Writing the batch matrix…</source>
        <translation>正在写入批量汇总表…</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="85" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="91" />
        <source>Excel intake template</source>
        <translation>Excel 信息采集模板</translation>
    </message>
    <message>
        <location filename="../../gui/batch_ops.py" line="95" />
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
</context>
<context>
    <name>CalculatorsView</name>
    <message>
        <location filename="../../gui/calculators_view.py" line="25" />
        <source>Programme / calculator</source>
        <translation>活动 / 计算器</translation>
    </message>
    <message>
        <location filename="../../gui/calculators_view.py" line="25" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/calculators_view.py" line="57" />
        <source>None of these programmes has a scoring table or lookup.</source>
        <translation>这些活动都没有评分表或对照表。</translation>
    </message>
    <message>
        <location filename="../../gui/calculators_view.py" line="68" />
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <location filename="../../gui/calculators_view.py" line="68" />
        <source>Still unknown:</source>
        <translation>仍未知：</translation>
    </message>
    <message>
        <location filename="../../gui/calculators_view.py" line="68" />
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
</context>
<context>
    <name>CheckWizard</name>
    <message>
        <location filename="../../gui/wizard.py" line="31" />
        <source>New check</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="34" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="64" />
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="65" />
        <source>The data is open in another window, so this check was not saved.</source>
        <translation>数据已在另一个窗口中打开，本次检查未保存。</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="76" />
        <source>Discard this check?</source>
        <translation>放弃这次检查？</translation>
    </message>
    <message>
        <location filename="../../gui/wizard.py" line="77" />
        <source>Discard the merchant and the answers typed in this wizard? Nothing has been saved yet.</source>
        <translation>放弃在向导中填写的商家和答案吗？目前还没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../../gui/checklist_view.py" line="28" />
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="28" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="28" />
        <source>Deadline (Beijing time)</source>
        <translation>截止时间（北京时间）</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="29" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="45" />
        <source>Document</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="45" />
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="45" />
        <source>Declaration</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="46" />
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="49" />
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="49" />
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="49" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="50" />
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="70" />
        <source> (if it applies)</source>
        <translation>（如适用）</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="87" />
        <source>Pick a merchant in the list: the documents and steps its programmes ask for, with their deadlines, appear here.</source>
        <translation>请在列表中选择商家：其活动要求的材料和步骤及截止时间会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="90" />
        <source>These programmes ask for no documents or steps.</source>
        <translation>这些活动不要求准备材料或步骤。</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="28" />
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <location filename="../../gui/checklist_view.py" line="75" />
        <source>The deadline had passed at the moment checked.</source>
        <translation>检查时已过截止时间。</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../gui/fields.py" line="67" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="89" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="89" />
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../gui/crash.py" line="69" />
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="70" />
        <source>Your saved merchants are safe; changes not yet saved are still in the window. Details were written to:
%1</source>
        <translation>已保存的商家数据不受影响；尚未保存的修改仍在窗口中。详细信息已写入：
%1</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="72" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../gui/fields.py" line="145" />
        <location filename="../../gui/fields.py" line="150" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/fields.py" line="151" />
        <source>Set this date to unknown</source>
        <translation>将此日期设为未知</translation>
    </message>
    <message>
        <location filename="../../gui/date_input.py" line="29" />
        <source>For example 2015-03-18, 2015/3/18, 2015年3月18日 or 20150318</source>
        <translation>例如 2015-03-18、2015/3/18、2015年3月18日 或 20150318</translation>
    </message>
    <message>
        <location filename="../../gui/date_input.py" line="35" />
        <source>Calendar…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../../gui/date_input.py" line="36" />
        <source>Pick the date on a calendar</source>
        <translation>在日历上选择日期</translation>
    </message>
</context>
<context>
    <name>DraftOps</name>
    <message>
        <location filename="../../gui/window_drafts.py" line="40" />
        <source>Unsaved changes could not be kept aside: %1</source>
        <translation>未保存的修改无法另行保留：%1</translation>
    </message>
    <message>
        <location filename="../../gui/window_drafts.py" line="57" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../gui/window_drafts.py" line="59" />
        <source>Recover unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/window_drafts.py" line="60" />
        <source>The app ended before the changes to %1 were saved (last kept at %2). Restore them?</source>
        <translation>程序在保存“%1”的修改之前意外结束（最后保留于 %2）。要恢复这些修改吗？</translation>
    </message>
    <message>
        <location filename="../../gui/window_drafts.py" line="72" />
        <source>Unsaved changes restored: save them or undo them.</source>
        <translation>已恢复未保存的修改：请保存，或撤销。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../gui/exporting.py" line="37" />
        <location filename="../../gui/exporting.py" line="40" />
        <source>Export Excel report</source>
        <translation>导出 Excel 报告</translation>
    </message>
    <message>
        <location filename="../../gui/exporting.py" line="38" />
        <source>This version cannot write Excel reports yet.</source>
        <translation>此版本暂不能导出 Excel 报告。</translation>
    </message>
    <message>
        <location filename="../../gui/exporting.py" line="41" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/exporting.py" line="50" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/exporting.py" line="53" />
        <source>Writing the report…</source>
        <translation>正在写入报告…</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <location filename="../../gui/wizard_pages.py" line="126" />
        <source>What is still unknown?</source>
        <translation>还有哪些未知？</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="127" />
        <source>Answer what you know; leave the rest as Unknown. The facts that settle the most criteria come first.</source>
        <translation>请填写已知的信息，不清楚的保持“未知”。能决定最多条件的问题排在最前。</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="153" />
        <source>Nothing is missing: every criterion can be decided.</source>
        <translation>信息已齐全，每一条都能判断。</translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <location filename="../../gui/file_ops.py" line="37" />
        <source>Import merchants</source>
        <translation>导入商家</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="38" />
        <source>Merchant files (*.json *.xlsx)</source>
        <translation>商家文件 (*.json *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="82" />
        <source>Some files were not imported</source>
        <translation>部分文件未能导入</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/file_ops.py" line="83" />
        <source>Imported %n merchant(s).</source>
        <translation>
            <numerusform>已导入 %n 个商家。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="85" />
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="85" />
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="52" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="45" />
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="45" />
        <source>%1 is no longer there.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="103" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="118" />
        <source>Export profile</source>
        <translation>导出档案</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="118" />
        <source>Merchant profile (*.json)</source>
        <translation>商家档案 (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="120" />
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="128" />
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="128" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="85" />
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="96" />
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="117" />
        <source>Updated %n.</source>
        <translation>更新了 %n 个。</translation>
    </message>
    <message>
        <location filename="../../gui/file_ops.py" line="119" />
        <source>Skipped %n already stored.</source>
        <translation>跳过了 %n 个已保存的商家。</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history_view.py" line="40" />
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="40" />
        <source>Programme</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="40" />
        <source>Status</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="41" />
        <location filename="../../gui/history_view.py" line="46" />
        <source>Revision</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="46" />
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="46" />
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="49" />
        <source>Restore this revision</source>
        <translation>恢复此版本</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="56" />
        <source>Checks (select one to see what changed since the one before, or two):</source>
        <translation>检查记录（选择一条查看与上一次相比的变化，或选择两条对比）：</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="58" />
        <source>Saved revisions of the profile:</source>
        <translation>档案的历史版本：</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="118" />
        <source>Pick two checks of the same programme to compare them.</source>
        <translation>请选择同一活动的两条检查记录进行对比。</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="122" />
        <source>Changes from the check of %1 to the check of %2</source>
        <translation>从 %1 的检查到 %2 的检查有以下变化</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="126" />
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="130" />
        <source>Programme status</source>
        <translation>活动结论</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="131" />
        <location filename="../../gui/history_view.py" line="132" />
        <source>(not checked)</source>
        <translation>（未检查）</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="145" />
        <source>Revision %1: %2</source>
        <translation>版本 %1:%2</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="107" />
        <source>Pick a merchant in the list, or create one with File ▸ New merchant (Ctrl+N).</source>
        <translation>请在列表中选择商家，或用“文件 ▸ 新建商家”（Ctrl+N）新建一个。</translation>
    </message>
    <message>
        <location filename="../../gui/history_view.py" line="109" />
        <source>No check recorded yet: Tools ▸ Check this merchant (F5) records one here.</source>
        <translation>还没有检查记录：用“工具 ▸ 检查当前商家”（F5）记录一次。</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../gui/import_dialog.py" line="32" />
        <source>Import merchants</source>
        <translation>导入商家</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="34" />
        <source>%1 of the %2 merchants in the file are already stored. What should happen to them?</source>
        <translation>文件中的 %2 个商家里有 %1 个已经保存过。这些商家怎么处理？</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="38" />
        <source>&amp;Skip them: keep the stored merchants as they are</source>
        <translation>跳过（&amp;S）：已保存的商家保持不变</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="39" />
        <source>&amp;Update them: facts filled in the file replace the stored ones; blank cells keep what is stored</source>
        <translation>更新（&amp;U）：文件中填写了的信息覆盖已保存的；空白单元格保留已保存的内容</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="41" />
        <source>Import them as &amp;new merchants (duplicates)</source>
        <translation>作为新商家导入（&amp;N，会重复）</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="48" />
        <source>Merchant in the file</source>
        <translation>文件中的商家</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="48" />
        <source>Already stored as</source>
        <translation>已保存为</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="49" />
        <source>Last updated</source>
        <translation>上次更新</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="49" />
        <source>What happens</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="56" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="74" />
        <source>Added as a new merchant</source>
        <translation>作为新商家添加</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="76" />
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="78" />
        <source>Added again as a new merchant</source>
        <translation>再次作为新商家添加</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="80" />
        <source>Updated: nothing changes</source>
        <translation>更新：没有变化</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="92" />
        <location filename="../../gui/import_dialog.py" line="95" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="94" />
        <source>%1 (in the trash)</source>
        <translation>%1（在回收站中）</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="83" />
        <source>Updated: changes %n fact(s)</source>
        <translation>更新：改动 %n 项信息</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="107" />
        <source>%n merchant(s) will be added.</source>
        <translation>将添加 %n 个商家。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="109" />
        <source>%n already stored will be skipped.</source>
        <translation>%n 个已保存的商家将被跳过。</translation>
    </message>
    <message>
        <location filename="../../gui/import_dialog.py" line="111" />
        <source>%n already stored will be updated.</source>
        <translation>%n 个已保存的商家将被更新。</translation>
    </message>
</context>
<context>
    <name>ListInput</name>
    <message>
        <location filename="../../gui/list_input.py" line="32" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/list_input.py" line="58" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/list_input.py" line="60" />
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="50" />
        <source>Profile</source>
        <translation>档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="51" />
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="52" />
        <source>Checklist</source>
        <translation>申请清单</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="53" />
        <source>Calculators</source>
        <translation>计算器</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="54" />
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79" />
        <source>Read-only: the data is open in another window.</source>
        <translation>只读：数据已在另一个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="79" />
        <source>Read-only: the data folder cannot be written.</source>
        <translation>只读：数据文件夹不可写入。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="107" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="108" />
        <source>Merchant Eligibility Checker</source>
        <translation>商家资格自查工具</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="126" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="127" />
        <source>Save the changes to this merchant first?</source>
        <translation>是否先保存对该商家的修改？</translation>
    </message>
</context>
<context>
    <name>MerchantModel</name>
    <message>
        <location filename="../../gui/merchant_model.py" line="58" />
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="58" />
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="58" />
        <source>Latest checks</source>
        <translation>最近检查</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="70" />
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="83" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="85" />
        <source>%s (deleted)</source>
        <translation>%s（已删除）</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="87" />
        <source>%s (demo)</source>
        <translation>%s（示例）</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="110" />
        <source>Updated (%1)</source>
        <translation>更新时间（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_model.py" line="182" />
        <source>%s: demo data that came with the app. Tools ▸ Remove demo merchants removes them all in one step.</source>
        <translation>%s：程序自带的示例数据。用“工具 ▸ 移除示例商家”可一次全部移除。</translation>
    </message>
</context>
<context>
    <name>MerchantPage</name>
    <message>
        <location filename="../../gui/wizard_pages.py" line="38" />
        <source>Which merchant?</source>
        <translation>检查哪个商家？</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="39" />
        <source>Check a merchant you already have, or start a new one.</source>
        <translation>检查已有商家，或新建一个商家。</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="40" />
        <source>A merchant I already have:</source>
        <translation>已有商家：</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="41" />
        <source>A new merchant, named:</source>
        <translation>新商家，名称：</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="47" />
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="49" />
        <source>Merchant name</source>
        <translation>商家名称</translation>
    </message>
</context>
<context>
    <name>MerchantPanel</name>
    <message>
        <location filename="../../gui/merchant_panel.py" line="54" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_panel.py" line="55" />
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_panel.py" line="56" />
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_panel.py" line="39" />
        <source>Search name, legal name, credit code, city, notes</source>
        <translation>搜索名称、主体名称、信用代码、城市、备注</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_panel.py" line="134" />
        <source>No merchants yet. Press New, run the check wizard (Ctrl+Shift+N) or import an Excel intake sheet (Ctrl+O).</source>
        <translation>还没有商家。点“新建”，或运行检查向导（Ctrl+Shift+N），或导入 Excel 采集表（Ctrl+O）。</translation>
    </message>
    <message>
        <location filename="../../gui/merchant_panel.py" line="137" />
        <source>No merchant matches “%1”. Press Esc to show them all.</source>
        <translation>没有与“%1”匹配的商家。按 Esc 显示全部。</translation>
    </message>
</context>
<context>
    <name>NotesInput</name>
    <message>
        <location filename="../../gui/notes_input.py" line="16" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <location filename="../../gui/editor.py" line="64" />
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="75" />
        <source>No facts are asked for this platform yet.</source>
        <translation>该平台暂无需要填写的信息。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="138" />
        <source>Edit %s</source>
        <translation>修改“%s”</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="271" />
        <source>%1. It is not saved until it is corrected; the other facts are saved.</source>
        <translation>%1。改正之前不会保存这一项，其他信息照常保存。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="257" />
        <source>%n field(s) to correct before saving.</source>
        <translation>有 %n 个字段需要改正后才能保存。</translation>
    </message>
    <message>
        <location filename="../../gui/editor.py" line="256" />
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
</context>
<context>
    <name>ProgramFilter</name>
    <message>
        <location filename="../../gui/program_filter.py" line="27" />
        <source>Programmes shown in Results, Checklist and Calculators</source>
        <translation>检查结果、申请清单和计算器中显示的活动</translation>
    </message>
    <message>
        <location filename="../../gui/program_filter.py" line="35" />
        <source>All programmes</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <location filename="../../gui/program_filter.py" line="68" />
        <source>All programmes (%1)</source>
        <translation>全部活动（%1 个）</translation>
    </message>
    <message>
        <location filename="../../gui/program_filter.py" line="70" />
        <source>Programmes: %1 of %2</source>
        <translation>活动：%1 / %2 个</translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <location filename="../../gui/wizard_pages.py" line="77" />
        <source>Which programmes?</source>
        <translation>检查哪些活动？</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="78" />
        <source>Registration state and rule source of each programme.</source>
        <translation>各活动的报名状态和规则来源。</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="83" />
        <source>Registration:</source>
        <translation>报名：</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="83" />
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="86" />
        <source>no registration dates</source>
        <translation>无报名时间</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="97" />
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_pages.py" line="97" />
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location filename="../../gui/worker.py" line="64" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message>
        <location filename="../../gui/result_html.py" line="21" />
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="22" />
        <source>US Pacific time</source>
        <translation>美国太平洋时间</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="23" />
        <source>Still unknown (click to fill in):</source>
        <translation>仍未知（点击填写）：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="24" />
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="25" />
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="26" />
        <source>checked as of</source>
        <translation>检查时间点</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="27" />
        <source>advisory, never fails</source>
        <translation>参考项，不会判为不符合</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="28" />
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="29" />
        <source>Values used:</source>
        <translation>依据的数值：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="30" />
        <source>Distance to pass:</source>
        <translation>距离达标：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="31" />
        <source>increase by</source>
        <translation>需增加</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="32" />
        <source>decrease by</source>
        <translation>需减少</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="33" />
        <source>Passes from:</source>
        <translation>最早符合日期：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="34" />
        <source>Missing facts:</source>
        <translation>缺少的信息：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="35" />
        <source>What to do:</source>
        <translation>整改建议：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="36" />
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="37" />
        <source>How the rule is read:</source>
        <translation>规则解读：</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="38" />
        <source>Eligibility report</source>
        <translation>资格自查报告</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="39" />
        <source>Checklist</source>
        <translation>申请清单</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="40" />
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/result_html.py" line="82" />
        <source>settles %n criterion(s)</source>
        <translation>
            <numerusform>可决定 %n 项条件</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="42" />
        <source>overdue</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="43" />
        <source>Show in the document</source>
        <translation>在原文中查看</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="44" />
        <source>if applicable</source>
        <translation>如适用</translation>
    </message>
    <message>
        <location filename="../../gui/result_html.py" line="45" />
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../gui/wizard_results.py" line="17" />
        <source>Results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_results.py" line="18" />
        <source>Save keeps the merchant and this check. You can also export or print now.</source>
        <translation>“保存”会保存商家和本次检查。也可以现在导出或打印。</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_results.py" line="22" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/wizard_results.py" line="24" />
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../gui/results_view.py" line="40" />
        <source>Check as of (Beijing time):</source>
        <translation>检查时间点（北京时间）：</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="45" />
        <source>What if: see the result on another day, e.g. the registration deadline</source>
        <translation>假设分析：查看在另一天（例如报名截止日）的结果</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="47" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="54" />
        <source>Programme / criterion</source>
        <translation>活动 / 条件</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="54" />
        <source>Status</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="54" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/results_view.py" line="116" />
        <source>&lt;p&gt;No results yet. Save the profile and press Check (F5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;暂无结果。请保存档案后按“检查”（F5）。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../gui/startup.py" line="23" />
        <source>Merchant Eligibility Checker</source>
        <translation>商家资格自查工具</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="76" />
        <source>The data is open in another window of the app.</source>
        <translation>数据已在本程序的另一个窗口中打开。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="77" />
        <source>This window opens it read-only: you can look and check, but not save. Close the other window to edit.</source>
        <translation>本窗口以只读方式打开：可以查看和检查，但不能保存。关闭另一个窗口后即可编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="86" />
        <source>The data was saved by a newer version of the app.</source>
        <translation>数据由更新版本的程序保存。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="87" />
        <source>Install the newer version to open it. Nothing was changed.</source>
        <translation>请安装新版本后再打开。数据未做任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="98" />
        <source>The data file is damaged and there is no backup to restore.</source>
        <translation>数据文件已损坏，且没有可恢复的备份。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="105" />
        <source>The data file is damaged.</source>
        <translation>数据文件已损坏。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="106" />
        <source>Restore the newest backup (%1)? The damaged file is kept next to it.</source>
        <translation>要恢复最新的备份（%1）吗？损坏的文件会保留在旁边。</translation>
    </message>
    <message>
        <location filename="../../gui/startup.py" line="117" />
        <source>The data could not be opened.</source>
        <translation>无法打开数据。</translation>
    </message>
</context>
<context>
    <name>StoreOps</name>
    <message>
        <location filename="../../gui/window_store.py" line="39" />
        <source>Cannot save yet</source>
        <translation>暂时无法保存</translation>
    </message>
    <message>
        <location filename="../../gui/window_store.py" line="40" />
        <source>Please correct these fields first:</source>
        <translation>请先修改以下字段：</translation>
    </message>
    <message>
        <location filename="../../gui/window_store.py" line="47" />
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window_store.py" line="63" />
        <source>Checked %n programme(s).</source>
        <translation>
            <numerusform>已检查 %n 个活动。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/window_store.py" line="76" />
        <source>Revision %1 restored as a new revision.</source>
        <translation>已将版本 %1 恢复为新版本。</translation>
    </message>
    <message>
        <location filename="../../gui/window_store.py" line="51" />
        <source>Saved, except the unified social credit code: %1</source>
        <translation>已保存，但统一社会信用代码未保存：%1</translation>
    </message>
</context>
<context>
    <name>TextInput</name>
    <message>
        <location filename="../../gui/fields.py" line="105" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../gui/window_actions.py" line="36" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="37" />
        <source>&amp;New merchant</source>
        <translation>新建商家(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="38" />
        <source>New &amp;check wizard…</source>
        <translation>新建检查向导(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="40" />
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="41" />
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="43" />
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="45" />
        <source>&amp;Export Excel report…</source>
        <translation>导出 Excel 报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="46" />
        <source>Export profile as &amp;JSON…</source>
        <translation>导出档案为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="48" />
        <source>Excel intake &amp;template…</source>
        <translation>Excel 信息采集模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="49" />
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="51" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="52" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="60" />
        <source>&amp;Find merchant</source>
        <translation>查找商家(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="62" />
        <source>&amp;Delete merchant</source>
        <translation>删除商家(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="66" />
        <source>Restore deleted &amp;merchant</source>
        <translation>恢复已删除的商家(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="67" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="68" />
        <source>Show &amp;deleted merchants</source>
        <translation>显示已删除的商家(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="74" />
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="75" />
        <source>&amp;Check this merchant</source>
        <translation>检查当前商家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="76" />
        <source>Check &amp;all merchants…</source>
        <translation>检查全部商家(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="77" />
        <source>Export &amp;batch matrix…</source>
        <translation>导出批量汇总表(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="79" />
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="87" />
        <source>&amp;Empty trash…</source>
        <translation>清空回收站(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="90" />
        <source>&amp;Restore a backup…</source>
        <translation>恢复备份(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="91" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="92" />
        <source>Open &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="93" />
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="94" />
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="122" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="132" />
        <source>New merchant</source>
        <translation>新商家</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="141" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="156" />
        <source>Merchant moved to the trash. Edit ▸ Restore deleted merchant brings it back.</source>
        <translation>商家已移入回收站。可通过“编辑 ▸ 恢复已删除的商家”找回。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="163" />
        <source>Nothing to restore.</source>
        <translation>没有可恢复的商家。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="174" />
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="175" />
        <source>Permanently remove the deleted merchants?</source>
        <translation>要永久删除回收站中的商家吗？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/window_actions.py" line="180" />
        <source>%n merchant(s) removed.</source>
        <translation>
            <numerusform>已永久删除 %n 个商家。</numerusform></translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="196" />
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="197" />
        <source>&lt;b&gt;Merchant Eligibility Checker&lt;/b&gt; %1&lt;br&gt;Checks merchants against the admission rules of e-commerce programmes, criterion by criterion. Works offline.&lt;br&gt;Data: %2</source>
        <translation>&lt;b&gt;商家资格自查工具&lt;/b&gt; %1&lt;br&gt;对照电商平台活动/项目的准入规则逐条自查，完全离线运行。&lt;br&gt;数据位置：%2</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="48" />
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="56" />
        <source>Dupli&amp;cate merchant</source>
        <translation>复制商家(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="83" />
        <source>Remove &amp;demo merchants…</source>
        <translation>移除示例商家(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="85" />
        <source>Back &amp;up now</source>
        <translation>立即备份(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="195" />
        <source>There are no demo merchants.</source>
        <translation>没有示例商家。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="197" />
        <source>Remove demo merchants</source>
        <translation>移除示例商家</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="215" />
        <source>Edit ▸ Restore deleted merchant brings them back.</source>
        <translation>用“编辑 ▸ 恢复已删除的商家”可以找回。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="198" />
        <source>Move the %n demo merchant(s) to the trash? Your own merchants are not touched.</source>
        <translation>把 %n 个示例商家移到回收站吗？您自己的商家不受影响。</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="214" />
        <source>%n demo merchant(s) moved to the trash.</source>
        <translation>已把 %n 个示例商家移到回收站。</translation>
    </message>
</context>
<context>
    <name>WindowStart</name>
    <message>
        <location filename="../../gui/window_start.py" line="48" />
        <source>Loading rules…</source>
        <translation>正在加载规则…</translation>
    </message>
    <message>
        <location filename="../../gui/window_start.py" line="76" />
        <source>The rules could not be loaded:</source>
        <translation>规则未能加载：</translation>
    </message>
    <message>
        <location filename="../../gui/window_start.py" line="127" />
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/window_start.py" line="129" />
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <location filename="../../gui/source_view.py" line="30" />
        <source>Rule document</source>
        <translation>规则原文</translation>
    </message>
    <message>
        <location filename="../../gui/source_view.py" line="57" />
        <source>This document is not included with the app.</source>
        <translation>本应用未附带这份文件。</translation>
    </message>
    <message>
        <location filename="../../gui/source_view.py" line="84" />
        <source>The quoted clause is highlighted.</source>
        <translation>引用的条款已高亮显示。</translation>
    </message>
    <message>
        <location filename="../../gui/source_view.py" line="89" />
        <source>The quoted words were not found in this copy of the document.</source>
        <translation>在这份原文中没有找到引用的文字。</translation>
    </message>
</context>
<context>
    <name>PlaceInput</name>
    <message>
        <location filename="../../gui/place_input.py" line="31" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../gui/place_input.py" line="47" />
        <source>Whole province / city not chosen</source>
        <translation>全省 / 未选择城市</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../gui/calendar_view.py" line="46" />
        <source>From (Beijing time):</source>
        <translation>起始时间（北京时间）：</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="54" />
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="57" />
        <source>Look ahead:</source>
        <translation>查看范围：</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="60" />
        <source>%1 days</source>
        <translation>未来 %1 天</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="64" />
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="65" />
        <source>Export calendar file (.ics)…</source>
        <translation>导出日历文件（.ics）…</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="71" />
        <source>Period · programme</source>
        <translation>时间段 · 项目</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="71" />
        <source>Starts (Beijing time)</source>
        <translation>开始（北京时间）</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="72" />
        <source>Ends (Beijing time)</source>
        <translation>截止（北京时间）</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="72" />
        <source>Programme's own zone</source>
        <translation>项目所在时区</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="73" />
        <source>Edition</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="81" />
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="81" />
        <source>Status</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="82" />
        <source>Registration and deadlines</source>
        <translation>报名与截止</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="82" />
        <source>Due before then</source>
        <translation>截止前需完成</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="119" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="129" />
        <source>Beijing time</source>
        <translation>同北京时间</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="140" />
        <source>Open, closes within %1 days</source>
        <translation>正在开放，%1 天内截止</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="141" />
        <source>Open now</source>
        <translation>正在开放</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="142" />
        <source>Opens within %1 days</source>
        <translation>%1 天内开始</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="144" />
        <location filename="../../gui/calendar_view.py" line="173" />
        <source>No programme is open or opens in this period.</source>
        <translation>这段时间内没有开放或即将开始的项目。</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="152" />
        <source>Select a merchant to see the programmes it meets or is closest to meeting.</source>
        <translation>选择一个商家，查看它已符合或最接近符合的项目。</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="160" />
        <source>%1: programmes open now or opening in this period, the ones met first, then the closest.</source>
        <translation>%1：正在开放或在此期间开始的项目，已符合的在前，其次是最接近符合的。</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="188" />
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="188" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="194" />
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="194" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="201" />
        <location filename="../../gui/calendar_view.py" line="216" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="209" />
        <source>Export calendar file</source>
        <translation>导出日历文件</translation>
    </message>
    <message>
        <location filename="../../gui/calendar_view.py" line="209" />
        <source>Calendar file (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
</context>
<context>
    <name>PackOps</name>
    <message>
        <location filename="../../gui/pack_ops.py" line="28" />
        <location filename="../../gui/pack_ops.py" line="74" />
        <source>Pack not installed</source>
        <translation>规则包未安装</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="29" />
        <source>Nothing was installed from these files; the data stays as it was.</source>
        <translation>这些文件都没有安装，数据保持原样。</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="34" />
        <source>For the pack's author (file:line:column):</source>
        <translation>供规则包作者参考（文件:行:列）：</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="40" />
        <source>Install pack file</source>
        <translation>安装规则包文件</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="41" />
        <source>Pack files (*.mecpack *.zip)</source>
        <translation>规则包文件 (*.mecpack *.zip)</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="76" />
        <source>Checking the pack and running its test cases…</source>
        <translation>正在检查规则包并运行测试用例…</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="85" />
        <source>Remove edition %1 of “%2”? Checks dated in its period will use the edition before it again.</source>
        <translation>删除“%2”的 %1 版？日期在其适用期内的检查将重新使用之前的版本。</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="87" />
        <source>Remove pack</source>
        <translation>删除规则包</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="94" />
        <source>Pack not removed</source>
        <translation>规则包未删除</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="107" />
        <source>Export pack file</source>
        <translation>导出规则包文件</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="108" />
        <source>Pack files (*.mecpack)</source>
        <translation>规则包文件 (*.mecpack)</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="115" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="117" />
        <source>Pack exported</source>
        <translation>规则包已导出</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="118" />
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="151" />
        <source>Re-checked %n merchant(s) against the changed programme.</source>
        <translation>已按变更后的项目重新检查 %n 个商家。</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="155" />
        <source>Re-check failed</source>
        <translation>重新检查失败</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="158" />
        <source>Re-check cancelled; merchants not yet re-checked keep their earlier checks.</source>
        <translation>已取消重新检查；尚未重新检查的商家保留之前的检查结果。</translation>
    </message>
    <message>
        <location filename="../../gui/pack_ops.py" line="161" />
        <source>Re-checking the merchants this programme concerns…</source>
        <translation>正在重新检查与该项目相关的商家…</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../gui/programmes_window.py" line="21" />
        <source>Programmes and calendar</source>
        <translation>项目与日历</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_window.py" line="26" />
        <source>Programmes</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_window.py" line="27" />
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>ProgrammesMenu</name>
    <message>
        <location filename="../../gui/programmes_menu.py" line="35" />
        <source>&amp;Programmes…</source>
        <translation>项目(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_menu.py" line="36" />
        <source>Programme cale&amp;ndar…</source>
        <translation>项目日历(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ProgrammesPage</name>
    <message>
        <location filename="../../gui/programmes_page.py" line="45" />
        <source>Every programme the checker knows: bundled with the app or added from a pack file. A newer edition applies from its start; checks dated earlier keep the edition in force then.</source>
        <translation>本工具知道的全部项目：随软件提供的，或从规则包文件添加的。新版本自其生效之日起适用；日期更早的检查仍使用当时有效的版本。</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="53" />
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="53" />
        <location filename="../../gui/programmes_page.py" line="150" />
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="53" />
        <location filename="../../gui/programmes_page.py" line="151" />
        <source>Edition</source>
        <translation>规则版本</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="54" />
        <location filename="../../gui/programmes_page.py" line="152" />
        <source>In force</source>
        <translation>适用期</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="54" />
        <location filename="../../gui/programmes_page.py" line="153" />
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="54" />
        <location filename="../../gui/programmes_page.py" line="154" />
        <source>Source</source>
        <translation>依据文件</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="64" />
        <source>Install pack file…</source>
        <translation>安装规则包文件…</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="65" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="66" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="67" />
        <source>Checks the pack, runs its test cases and adds it; a pack with any problem is not installed</source>
        <translation>检查规则包并运行其测试用例，全部通过才添加；有任何问题的规则包不会安装</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="69" />
        <source>Removes an added edition; the edition before it applies again</source>
        <translation>删除添加的版本；之前的版本重新适用</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="70" />
        <source>Writes this edition as a pack file (a start for a new edition)</source>
        <translation>把这个版本导出为规则包文件（可作为编写新版本的起点）</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="103" />
        <source> (in force)</source>
        <translation>（现行）</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="118" />
        <source>Added packs left out because they could not be loaded:</source>
        <translation>以下添加的规则包无法加载，已略过：</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="155" />
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="160" />
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="162" />
        <source>Takes effect</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="164" />
        <source>%1 criteria, %2 checklist items, %3 calculators</source>
        <translation>条件 %1 条，清单 %2 项，计算器 %3 个</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="168" />
        <source>Windows</source>
        <translation>时间段</translation>
    </message>
    <message>
        <location filename="../../gui/programmes_page.py" line="169" />
        <source>No dates given.</source>
        <translation>未给出日期。</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../gui/i18n.py" line="79" />
        <location filename="../../gui/worker.py" line="65" />
        <source>Merchant Eligibility Checker</source>
        <translation>商家资格自查工具</translation>
    </message>
</context>
</TS>
