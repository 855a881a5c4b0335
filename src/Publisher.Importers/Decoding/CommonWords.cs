namespace Publisher.Importers.Decoding;

/// <summary>
/// Common two- and three-character Chinese words (general and machine-learning vocabulary).
/// Mojibake repair uses them as cheap context: a guessed character that forms a word with its
/// neighbour beats an equally common character that does not (中文 over 不文).
/// </summary>
internal static class CommonWords
{
    private const string Words =
        "低成本 最低 低于 宝贝 宝藏 搞定 药物 迎来 欢迎 华人 中华 过程中 文中 表中 图中 实践中 中使用 中的 中间 中期 中小 中型 中大型 集中式 高中 中文版 含量 能量 总量 批量 增量 容量 产量 测量 衡量 考量 量子 轻量级 向后 向前 指向 倾向 走向 词汇 单词 关键词 提示词 词语 词典 词向量 歌曲 谷歌 额外 金额 华南 华东 清华 博客 博士 反应 反映 反对 反思 反复 合理 合适 合法 双方 双重 双语 初期 初版 初学 千问 通义千问 闭源 封闭 关闭 迭代 私有 私人 隐私 免费 避免 免责 恢复 吐出 吞吐 衍生 缺乏 游戏 简洁 整洁 敏感 违反 违规 协作 协同 协议 允许 交叉 叉乘 壁垒 否则 是否 能否 减法 加减 逐个 逐一 逐行 进一步 步长 步数 偏移 偏置 语法 文本 一半 半监督 健壮 吸收 坏处 破坏 地址 址 损坏 字典 含有 梁 私 卓越 握手 掌握 搭建 搭配 选项 叠加 重叠 " +
        "语言 语料 语义 语音 汉语 英语 双语 多语 话题 对话 说话 电话 中文 中国 其中 中心 中间 中的 集中 中英 中等 之中 不同 不是 不能 不会 不断 不仅 不过 不要 " +
        "并不 不足 不少 不错 量化 数量 大量 质量 流量 参数 重要 重新 重复 权重 重点 存储 存在 保存 内存 显存 缓存 变化 变量 改变 转变 变换 插件 插入 插值 播放 " +
        "传播 描述 扫描 提供 提出 提升 提示 提高 前提 提取 代码 编码 解码 密码 源码 合成 结合 合作 融合 综合 组合 适合 符合 合并 联合 混合 集合 拟合 步骤 同步 " +
        "进步 一步 逐步 初步 来自 来说 未来 以来 带来 用来 减少 减小 削减 假设 向量 方向 面向 导向 双向 反向 发布 发现 发展 开发 发表 发送 持续 支持 保持 坚持 " +
        "额外 额度 方面 表面 反馈 相反 子集 例子 句子 偏好 偏差 偏见 平台 后台 大小 小型 证明 验证 保证 认证 华为 中华 然后 之后 最后 以后 后续 卷积 迁移 运行 " +
        "运用 运算 升级 上升 信息 消息 每个 每次 初始 最初 模块 分块 受到 接受 学习 学术 大学 科学 数学 学生 状态 模态 多模态 动态 态度 思考 思维 思想 意思 " +
        "左右 右侧 即可 即使 立即 继续 连续 经过 经验 已经 神经 经典 分析 解析 积极 吸引 呼吸 公司 一半 以及 另外 另一 健康 推荐 尝试 封装 文字 数字 字符 字节 " +
        "损失 损耗 某些 某个 降低 下降 限制 有限 裁剪 约束 结束 名字 名称 命名 著名 隐藏 随机 随着 绝对 拒绝 启动 开启 启发 可以 可能 千亿 千万 图像 像素 搜索 " +
        "服务 稀疏 策略 筛选 地址 影响 响应 产品 转换 交换 替换 停止 防止 包含 含义 逐渐 介绍 平均 均值 博客 博士 模型 训练 数据 开源 推理 算法 框架 部署 生成 " +
        "指令 微调 评测 评估 优化 任务 检索 增强 能力 性能 效果 问答 基于 使用 实现 项目 工具 知识 医疗 法律 金融 视觉 文本 版本 硬件 显卡 轻量 成本 复现 蒸馏 " +
        "对齐 奖励 强化 人类 扩展 应用 接口 推出 团队 实验 研究 论文 基础 通用 领域 垂直 聊天 助手 机器 检测 基准 排名 专家 架构 注意 长度 窗口 上下文 词表 " +
        "分词 汉字 嵌入 记忆 目前 目标 主要 需要 进行 通过 方法 问题 结果 包括 相关 以上 以下 如何 什么 这些 这个 一个 我们 他们 它们 时间 时候 同时 相同 同样 " +
        "技术 系统 设计 结构 功能 特征 特点 情况 过程 方式 形式 内容 标准 表示 表现 显示 获得 获取 得到 达到 实际 具有 具体 其他 其它 所有 各种 多种 一些 一种 " +
        "第一 第二 然而 因此 因为 所以 但是 如果 虽然 可是 或者 并且 而且 还是 就是 也是 都是 只是 这是 那么 怎么 为了 对于 关于 由于 根据 按照 利用 采用 选择 " +
        "参考 例如 比如 实例 示例 样本 标注 损失函数 梯度 参数量 概率 分布 预测 预训练 自然 语言模型 大模型 人工 智能 智能体 计算 计算机 网络 神经网络 深度 学习率 " +
        "准确 准确率 精度 召回 指标 测试 代价 资源 开放 免费 商用 许可 协议 社区 贡献 作者 发布会 更新 最新 版本号 兼容 安装 配置 环境 依赖 脚本 命令 文件 目录 " +
        "链接 下载 上传 加载 输出 输入 用户 客户 回答 回复 答案 提问 对象 属性 函数 类型 实体 关系 图谱 排序 分类 聚类 回归 识别 理解 翻译 摘要 写作 创作 绘画 " +
        "图片 视频 音频 声音 多轮 单轮 上下 前后 内外 高效 低效 快速 缓慢 简单 复杂 困难 容易 稳定 安全 隐私 伦理 幻觉 事实 真实 虚假 错误 正确 有效 无效 成功 " +
        "失败 显著 明显 增加 扩大 缩小 加速 减速 压缩 解压 量级 规模 尺寸 参数规模 ";

    /// <summary>Every word of the list.</summary>
    public static IEnumerable<string> All => Words.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly HashSet<string> Bigrams = BuildBigrams();

    /// <summary>True when <paramref name="a"/> followed by <paramref name="b"/> occurs in a common word.</summary>
    public static bool IsBigram(char a, char b) => Bigrams.Contains(string.Concat(a, b));

    private static readonly Dictionary<char, (int Initial, int Final)> Positions = BuildPositions();

    /// <summary>Share of the list's words that start with <paramref name="c"/> among those containing it at an end (0.5 when unknown).</summary>
    public static double InitialShare(char c) =>
        Positions.TryGetValue(c, out var p) && p.Initial + p.Final > 0 ? (double)p.Initial / (p.Initial + p.Final) : 0.5;

    private static Dictionary<char, (int Initial, int Final)> BuildPositions()
    {
        var d = new Dictionary<char, (int Initial, int Final)>();
        foreach (var word in Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var first = d.GetValueOrDefault(word[0]);
            d[word[0]] = (first.Initial + 1, first.Final);
            var last = d.GetValueOrDefault(word[^1]);
            d[word[^1]] = (last.Initial, last.Final + 1);
        }
        return d;
    }

    private static HashSet<string> BuildBigrams()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            for (var i = 0; i + 1 < word.Length; i++) set.Add(word.Substring(i, 2));
        return set;
    }
}
