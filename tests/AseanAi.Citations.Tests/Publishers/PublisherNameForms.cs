namespace AseanAi.Citations.Tests.Publishers;

/// <summary>
/// Name forms as references write them, each with the registry id it must resolve to: official names in Japanese,
/// Traditional and Simplified Chinese and English, abbreviations, aliases and short forms, other widths and cases,
/// legal forms, leading country names and bracketed abbreviations. One form per line: <c>form | id</c>.
/// </summary>
internal static class PublisherNameForms
{
    public const string Japan = """
        外務省 | jp.mofa
        外务省 | jp.mofa
        Ministry of Foreign Affairs of Japan | jp.mofa
        日本外務省 | jp.mofa
        日本国外務省 | jp.mofa
        日本外务省 | jp.mofa
        Japan's Ministry of Foreign Affairs of Japan | jp.mofa
        総務省 | jp.mic
        總務省 | jp.mic
        总务省 | jp.mic
        日本總務省 | jp.mic
        Ministry of Internal Affairs and Communications | jp.mic
        経済産業省 | jp.meti
        經濟產業省 | jp.meti
        经济产业省 | jp.meti
        日本經濟產業省 | jp.meti
        日本经济产业省 | jp.meti
        経産省 | jp.meti
        經產省 | jp.meti
        METI | jp.meti
        ＭＥＴＩ | jp.meti
        meti | jp.meti
        Ministry of Economy, Trade and Industry | jp.meti
        ministry of economy, trade and industry | jp.meti
        Japan's Ministry of Economy, Trade and Industry | jp.meti
        内閣府 | jp.cao
        內閣府 | jp.cao
        内阁府 | jp.cao
        Cabinet Office | jp.cao
        内閣官房 | jp.cas
        內閣官房 | jp.cas
        Cabinet Secretariat | jp.cas
        首相官邸 | jp.kantei
        官邸 | jp.kantei
        法務省 | jp.moj
        财务省 | jp.mof
        財務省 | jp.mof
        文部科学省 | jp.mext
        文部科學省 | jp.mext
        文科省 | jp.mext
        MEXT | jp.mext
        厚生労働省 | jp.mhlw
        厚生勞動省 | jp.mhlw
        厚生劳动省 | jp.mhlw
        厚労省 | jp.mhlw
        農林水産省 | jp.maff
        农林水产省 | jp.maff
        農水省 | jp.maff
        国土交通省 | jp.mlit
        國土交通省 | jp.mlit
        国交省 | jp.mlit
        MLIT | jp.mlit
        環境省 | jp.env
        环境省 | jp.env
        防衛省 | jp.mod
        防卫省 | jp.mod
        デジタル庁 | jp.digital
        ﾃﾞｼﾞﾀﾙ庁 | jp.digital
        數位廳 | jp.digital
        数字厅 | jp.digital
        Digital Agency | jp.digital
        復興庁 | jp.reconstruction
        特許庁 | jp.jpo
        特許廳 | jp.jpo
        特许厅 | jp.jpo
        Japan Patent Office | jp.jpo
        JPO | jp.jpo
        文化庁 | jp.bunka
        文化廳 | jp.bunka
        文化厅 | jp.bunka
        Agency for Cultural Affairs | jp.bunka
        個人情報保護委員会 | jp.ppc
        個人資料保護委員會 | jp.ppc
        个人信息保护委员会 | jp.ppc
        個情委 | jp.ppc
        Personal Information Protection Commission | jp.ppc
        公正取引委員会 | jp.jftc
        公取委 | jp.jftc
        金融庁 | jp.fsa
        消費者庁 | jp.caa
        こども家庭庁 | jp.cfa
        警察庁 | jp.npa
        資源エネルギー庁 | jp.enecho
        エネ庁 | jp.enecho
        中小企業庁 | jp.chusho
        消防庁 | jp.fdma
        総務省統計局 | jp.stat
        出入国在留管理庁 | jp.isa
        入管庁 | jp.isa
        国税庁 | jp.nta
        観光庁 | jp.jta
        觀光廳 | jp.jta
        気象庁 | jp.jma
        氣象廳 | jp.jma
        海上保安庁 | jp.jcg
        林野庁 | jp.rinya
        水産庁 | jp.jfa
        原子力規制委員会 | jp.nra
        防衛装備庁 | jp.atla
        スポーツ庁 | jp.sports
        内閣サイバーセキュリティセンター | jp.nisc
        NISC | jp.nisc
        国立国会図書館 | jp.ndl
        國立國會圖書館 | jp.ndl
        国立国会图书馆 | jp.ndl
        科学技術振興機構 | jp.jst
        科學技術振興機構 | jp.jst
        科學技術振興機構 | jp.jst
        科学技术振兴机构 | jp.jst
        国立研究開発法人科学技術振興機構 | jp.jst
        国立研究開発法人 科学技術振興機構 | jp.jst
        (国研)科学技術振興機構 | jp.jst
        JST | jp.jst
        Japan Science and Technology Agency | jp.jst
        科学技術振興機構(JST) | jp.jst
        科学技術振興機構（JST） | jp.jst
        JST(科学技術振興機構) | jp.jst
        研究開発戦略センター | jp.jst.crds
        CRDS | jp.jst.crds
        Science Portal ASEAN | jp.jst.aprc
        日本学術振興会 | jp.jsps
        学振 | jp.jsps
        日本貿易振興機構 | jp.jetro
        日本贸易振兴机构 | jp.jetro
        独立行政法人日本貿易振興機構 | jp.jetro
        日本貿易振興機構(JETRO) | jp.jetro
        日本貿易振興機構（ジェトロ） | jp.jetro
        JETRO | jp.jetro
        ＪＥＴＲＯ | jp.jetro
        Jetro | jp.jetro
        ジェトロ | jp.jetro
        Japan External Trade Organization | jp.jetro
        アジア経済研究所 | jp.jetro.ide
        IDE-JETRO | jp.jetro.ide
        国際協力機構 | jp.jica
        國際協力機構 | jp.jica
        日本國際協力機構 | jp.jica
        日本国际协力机构 | jp.jica
        独立行政法人国際協力機構 | jp.jica
        JICA | jp.jica
        ジャイカ | jp.jica
        Japan International Cooperation Agency | jp.jica
        情報処理推進機構 | jp.ipa
        独立行政法人情報処理推進機構 | jp.ipa
        IPA | jp.ipa
        AIセーフティ・インスティテュート | jp.aisi
        AIセーフティインスティテュート | jp.aisi
        J-AISI | jp.aisi
        Japan AI Safety Institute | jp.aisi
        情報通信研究機構 | jp.nict
        NICT | jp.nict
        産業技術総合研究所 | jp.aist
        產業技術綜合研究所 | jp.aist
        産総研 | jp.aist
        AIST | jp.aist
        理化学研究所 | jp.riken
        理化學研究所 | jp.riken
        理研 | jp.riken
        RIKEN | jp.riken
        国立研究開発法人理化学研究所 | jp.riken
        革新知能統合研究センター | jp.riken.aip
        理研AIP | jp.riken.aip
        国立情報学研究所 | jp.nii
        NII | jp.nii
        大学共同利用機関法人 国立情報学研究所 | jp.nii
        経済産業研究所 | jp.rieti
        經濟產業研究所 | jp.rieti
        RIETI | jp.rieti
        独立行政法人経済産業研究所 | jp.rieti
        新エネルギー・産業技術総合開発機構 | jp.nedo
        新エネルギー産業技術総合開発機構 | jp.nedo
        NEDO | jp.nedo
        宇宙航空研究開発機構 | jp.jaxa
        JAXA | jp.jaxa
        日本医療研究開発機構 | jp.amed
        科学技術・学術政策研究所 | jp.nistep
        国際交流基金 | jp.jpf
        国際協力銀行 | jp.jbic
        日本経済団体連合会 | jp.keidanren
        一般社団法人日本経済団体連合会 | jp.keidanren
        経団連 | jp.keidanren
        經團連 | jp.keidanren
        经团连 | jp.keidanren
        Keidanren | jp.keidanren
        Japan Business Federation | jp.keidanren
        経済同友会 | jp.doyukai
        公益社団法人経済同友会 | jp.doyukai
        日本商工会議所 | jp.jcci
        電子情報技術産業協会 | jp.jeita
        一般社団法人電子情報技術産業協会 | jp.jeita
        JEITA | jp.jeita
        日本ディープラーニング協会 | jp.jdla
        日本国際問題研究所 | jp.jiia
        公益財団法人日本国際問題研究所 | jp.jiia
        野村総合研究所 | jp.nri
        株式会社野村総合研究所 | jp.nri
        三菱総合研究所 | jp.mri
        日本総合研究所 | jp.jri
        東京財団 | jp.tkfd
        笹川平和財団 | jp.spf
        日本アセアンセンター | jp.ajc
        経済財政諮問会議 | jp.cao.cefp
        日本经济财政咨询会议 | jp.cao.cefp
        総合科学技術・イノベーション会議 | jp.cao.csti
        総合科学技術会議 | jp.cao.csti
        中央教育審議会 | jp.mext.cce
        中教審 | jp.mext.cce
        産業構造審議会 | jp.meti.isc
        産構審 | jp.meti.isc
        金融審議会 | jp.fsa.fsc
        中医協 | jp.mhlw.chuikyo
        日本産業標準調査会 | jp.jisc
        公益財団法人日本台湾交流協会 | jp.koryu
        日本台灣交流協會 | jp.koryu
        弘前大学 | jp.hirosaki-u
        琉球大學 | jp.u-ryukyu
        """;

    public const string JapaneseMedia = """
        日本経済新聞 | jp.nikkei
        日本經濟新聞 | jp.nikkei
        日本经济新闻 | jp.nikkei
        日本経済新聞社 | jp.nikkei
        株式会社日本経済新聞社 | jp.nikkei
        日経 | jp.nikkei
        日經 | jp.nikkei
        日経新聞 | jp.nikkei
        Nikkei | jp.nikkei
        NIKKEI | jp.nikkei
        Nikkei Inc. | jp.nikkei
        Nikkei Asia | jp.nikkei
        日經中文網 | jp.nikkei
        日经中文网 | jp.nikkei
        日経BP | jp.nikkeibp
        日經BP | jp.nikkeibp
        日経クロステック | jp.nikkeibp
        朝日新聞 | jp.asahi
        朝日新聞社 | jp.asahi
        朝日新闻 | jp.asahi
        The Asahi Shimbun | jp.asahi
        読売新聞 | jp.yomiuri
        讀賣新聞 | jp.yomiuri
        读卖新闻 | jp.yomiuri
        読売 | jp.yomiuri
        The Yomiuri Shimbun | jp.yomiuri
        毎日新聞 | jp.mainichi
        每日新聞 | jp.mainichi
        The Mainichi | jp.mainichi
        産経新聞 | jp.sankei
        產經新聞 | jp.sankei
        産経 | jp.sankei
        東京新聞 | jp.tokyo-np
        日刊工業新聞 | jp.nikkan
        NHK | jp.nhk
        ＮＨＫ | jp.nhk
        日本放送協会 | jp.nhk
        日本放送協會 | jp.nhk
        NHK WORLD-JAPAN | jp.nhk
        共同通信 | jp.kyodo
        共同通信社 | jp.kyodo
        一般社団法人共同通信社 | jp.kyodo
        共同社 | jp.kyodo
        Kyodo News | jp.kyodo
        時事通信 | jp.jiji
        時事通信社 | jp.jiji
        株式会社時事通信社 | jp.jiji
        Jiji Press | jp.jiji
        The Japan Times | jp.japantimes
        Japan Times | jp.japantimes
        ジャパンタイムズ | jp.japantimes
        日本時報 | jp.japantimes
        Yahoo!ニュース | jp.yahoo-news
        Yahoo！ニュース | jp.yahoo-news
        ヤフーニュース | jp.yahoo-news
        Yahoo!ニュース エキスパート | jp.yahoo-news.expert
        Yahoo!ニュースエキスパート | jp.yahoo-news.expert
        Yahoo！ニュース　エキスパート | jp.yahoo-news.expert
        Yahoo!ニュース 個人 | jp.yahoo-news.expert
        LINEヤフー | jp.lycorp
        LINEヤフー株式会社 | jp.lycorp
        ITmedia | jp.itmedia
        ITmedia NEWS | jp.itmedia
        ITmedia AI+ | jp.itmedia
        アイティメディア | jp.itmedia
        東洋経済 | jp.toyokeizai
        東洋経済新報社 | jp.toyokeizai
        NTT | jp.ntt
        日本電信電話 | jp.ntt
        富士通 | jp.fujitsu
        富士通株式会社 | jp.fujitsu
        NEC | jp.nec
        日本電気 | jp.nec
        ソフトバンク | jp.softbank
        Preferred Networks | jp.preferred
        Sakana AI | jp.sakana
        東京大学 | jp.u-tokyo
        東京大學 | jp.u-tokyo
        东京大学 | jp.u-tokyo
        東大 | jp.u-tokyo
        The University of Tokyo | jp.u-tokyo
        京都大学 | jp.kyoto-u
        京大 | jp.kyoto-u
        慶應義塾大学 | jp.keio
        早稲田大学 | jp.waseda
        早稻田大學 | jp.waseda
        東京科学大学 | jp.isct
        東京工業大学 | jp.isct
        政策研究大学院大学 | jp.grips
        """;

    public const string AseanAndInternational = """
        東南アジア諸国連合 | asean
        東南亞國家協會 | asean
        东南亚国家联盟 | asean
        ASEAN | asean
        ＡＳＥＡＮ | asean
        アセアン | asean
        東協 | asean
        东盟 | asean
        ASEAN Secretariat | asean.secretariat
        ASEAN事務局 | asean.secretariat
        東協秘書處 | asean.secretariat
        东盟秘书处 | asean.secretariat
        東アジア・ASEAN経済研究センター | asean.eria
        東アジアASEAN経済研究センター | asean.eria
        東アジア・アセアン経済研究センター | asean.eria
        東亞・ASEAN 經濟研究中心 | asean.eria
        東亞・ASEAN經濟研究中心 | asean.eria
        東亞・東協經濟研究中心 | asean.eria
        东亚东盟经济研究中心 | asean.eria
        ERIA | asean.eria
        Economic Research Institute for ASEAN and East Asia | asean.eria
        AI Singapore | sg.aisg
        AISG | sg.aisg
        SEA-LION | sg.aisg
        SEALION | sg.aisg
        Sea-Lion | sg.aisg
        SEA LION | sg.aisg
        Southeast Asian Languages in One Network | sg.aisg
        IMDA | sg.imda
        Infocomm Media Development Authority | sg.imda
        資訊通信媒體發展局 | sg.imda
        GovTech | sg.govtech
        GovTech Singapore | sg.govtech
        Government Technology Agency | sg.govtech
        A*STAR | sg.astar
        Ａ＊ＳＴＡＲ | sg.astar
        Agency for Science, Technology and Research | sg.astar
        新加坡科技研究局 | sg.astar
        MDDI | sg.mddi
        PDPC | sg.pdpc
        ISEAS–Yusof Ishak Institute | sg.iseas
        ISEAS | sg.iseas
        National University of Singapore | sg.nus
        新加坡国立大学 | sg.nus
        The Straits Times | sg.straitstimes
        联合早报 | sg.zaobao
        聯合早報 | sg.zaobao
        NECTEC | th.nectec
        National Electronics and Computer Technology Center | th.nectec
        ศูนย์เทคโนโลยีอิเล็กทรอนิกส์และคอมพิวเตอร์แห่งชาติ | th.nectec
        NSTDA | th.nstda
        DEPA | th.depa
        Digital Economy Promotion Agency | th.depa
        สำนักงานส่งเสริมเศรษฐกิจดิจิทัล | th.depa
        MDES | th.mdes
        Ministry of Digital Economy and Society | th.mdes
        ETDA | th.etda
        Bộ Thông tin và Truyền thông | vn.mic
        Ministry of Information and Communications of Viet Nam | vn.mic
        ベトナム情報通信省 | vn.mic
        越南信息传媒部 | vn.mic
        Bộ Khoa học và Công nghệ | vn.most
        Komdigi | id.komdigi
        Kominfo | id.kominfo
        Kementerian Komunikasi dan Digital | id.komdigi
        Kementerian Komunikasi dan Informatika | id.kominfo
        BRIN | id.brin
        Kementerian Digital | my.digital
        Ministry of Digital | my.digital
        马来西亚数码部 | my.digital
        Kementerian Komunikasi | my.komunikasi
        MCMC | my.mcmc
        MDEC | my.mdec
        DICT | ph.dict
        Department of Information and Communications Technology | ph.dict
        菲律賓資訊通訊科技部 | ph.dict
        DOST | ph.dost
        Asian Development Bank | int.adb
        アジア開発銀行 | int.adb
        亞洲開發銀行 | int.adb
        ESCAP | int.escap
        United Nations | int.un
        国際連合 | int.un
        国連 | int.un
        聯合國 | int.un
        联合国 | int.un
        UN | int.un
        UNESCO | int.unesco
        ユネスコ | int.unesco
        联合国教科文组织 | int.unesco
        聯合國教科文組織 | int.unesco
        OECD | int.oecd
        ＯＥＣＤ | int.oecd
        経済協力開発機構 | int.oecd
        經濟合作暨發展組織 | int.oecd
        经济合作与发展组织 | int.oecd
        经合组织 | int.oecd
        OECD.AI | int.oecd
        GPAI | int.gpai
        G7 Hiroshima AI Process | int.g7-hap
        Hiroshima AI Process | int.g7-hap
        広島AIプロセス | int.g7-hap
        廣島AI進程 | int.g7-hap
        广岛AI进程 | int.g7-hap
        廣島 AI 進程友好小組 | int.g7-hap
        広島AIプロセス・フレンズグループ | int.g7-hap
        World Bank | int.worldbank
        世界銀行 | int.worldbank
        IMF | int.imf
        APEC | int.apec
        World Economic Forum | int.wef
        European Commission | int.eu-commission
        Center for Strategic and International Studies | us.csis
        Reuters | int.reuters
        ロイター | int.reuters
        路透社 | int.reuters
        Bloomberg | us.bloomberg
        彭博社 | us.bloomberg
        OpenAI | us.openai
        Google DeepMind | us.google-deepmind
        Philippine Economic Zone Authority | ph.peza
        National Economic and Development Authority | ph.neda
        Economic Planning Unit | my.epu
        Lembaga Kantor Berita Nasional Antara | id.antara
        Perum LKBN Antara | id.antara
        Badan Koordinasi Penanaman Modal | id.bkpm
        Bangkok Post Public Company Limited | th.bangkokpost
        SPH Media Trust | sg.sphmedia
        Council for the Development of Cambodia | kh.cdc
        Directorate of Investment and Company Administration | mm.dica
        """;

    public const string GreaterChinaAndKorea = """
        行政院 | tw.ey
        Executive Yuan | tw.ey
        總統府 | tw.president
        國家科學及技術委員會 | tw.nstc
        国家科学及技术委员会 | tw.nstc
        國科會 | tw.nstc
        NSTC | tw.nstc
        National Science and Technology Council | tw.nstc
        數位發展部 | tw.moda
        數發部 | tw.moda
        MODA | tw.moda
        Ministry of Digital Affairs | tw.moda
        經濟部 | tw.moea
        国家发展委员会 | tw.ndc
        國發會 | tw.ndc
        中央研究院 | tw.sinica
        中研院 | tw.sinica
        Academia Sinica | tw.sinica
        資訊工業策進會 | tw.iii
        财团法人资讯工业策进会 | tw.iii
        財團法人資訊工業策進會 | tw.iii
        資策會 | tw.iii
        资策会 | tw.iii
        科技法律研究所 | tw.iii.stli
        資策會科法所 | tw.iii.stli
        STLI | tw.iii.stli
        工業技術研究院 | tw.itri
        財團法人工業技術研究院 | tw.itri
        工研院 | tw.itri
        ITRI | tw.itri
        國家實驗研究院 | tw.narlabs
        財團法人國家實驗研究院 | tw.narlabs
        中央通訊社 | tw.cna
        中央通讯社 | tw.cna
        中央社 | tw.cna
        Focus Taiwan | tw.cna
        聯合報 | tw.udn
        自由時報 | tw.ltn
        國立臺灣大學 | tw.ntu
        國立台灣大學 | tw.ntu
        台大 | tw.ntu
        国家互联网信息办公室 | cn.cac
        國家互聯網信息辦公室 | cn.cac
        国家网信办 | cn.cac
        网信办 | cn.cac
        Cyberspace Administration of China | cn.cac
        中国国家互联网信息办公室 | cn.cac
        国家发展和改革委员会 | cn.ndrc
        國家發展和改革委員會 | cn.ndrc
        国家发改委 | cn.ndrc
        发改委 | cn.ndrc
        NDRC | cn.ndrc
        工业和信息化部 | cn.miit
        工業和信息化部 | cn.miit
        中华人民共和国工业和信息化部 | cn.miit
        工信部 | cn.miit
        MIIT | cn.miit
        中国信息通信研究院 | cn.caict
        中國信息通信研究院 | cn.caict
        中国信通院 | cn.caict
        信通院 | cn.caict
        CAICT | cn.caict
        新华社 | cn.xinhua
        新華社 | cn.xinhua
        新华通讯社 | cn.xinhua
        Xinhua | cn.xinhua
        Xinhua News Agency | cn.xinhua
        人民日报 | cn.peopledaily
        人民日報 | cn.peopledaily
        人民网 | cn.peopledaily
        People's Daily | cn.peopledaily
        国务院 | cn.gov
        中华人民共和国国务院 | cn.gov
        商务部 | cn.mofcom
        中国科学院 | cn.cas
        中科院 | cn.cas
        中国社会科学院 | cn.cass
        北京智源人工智能研究院 | cn.baai
        中国日报 | cn.chinadaily
        China Daily | cn.chinadaily
        环球时报 | cn.globaltimes
        環球時報 | cn.globaltimes
        央视 | cn.cctv
        CCTV | cn.cctv
        财新 | cn.caixin
        澎湃新闻 | cn.thepaper
        南华早报 | hk.scmp
        South China Morning Post | hk.scmp
        清华大学 | cn.tsinghua
        清華大學 | cn.tsinghua
        北京大学 | cn.pku
        阿里巴巴 | cn.alibaba
        阿里巴巴集团 | cn.alibaba
        阿里巴巴集團 | cn.alibaba
        Alibaba Group | cn.alibaba
        Alibaba | cn.alibaba
        阿里巴巴集团控股有限公司 | cn.alibaba
        アリババ | cn.alibaba
        Alibaba Cloud | cn.alibaba-cloud
        阿里云 | cn.alibaba-cloud
        阿里雲 | cn.alibaba-cloud
        Qwen | cn.alibaba-cloud
        通义千问 | cn.alibaba-cloud
        通義千問 | cn.alibaba-cloud
        DeepSeek | cn.deepseek
        深度求索 | cn.deepseek
        杭州深度求索人工智能基础技术研究有限公司 | cn.deepseek
        DeepSeek AI | cn.deepseek
        百度 | cn.baidu
        腾讯 | cn.tencent
        騰訊 | cn.tencent
        华为 | cn.huawei
        華為 | cn.huawei
        字节跳动 | cn.bytedance
        智谱AI | cn.zhipu
        月之暗面 | cn.moonshot
        과학기술정보통신부 | kr.msit
        과기정통부 | kr.msit
        MSIT | kr.msit
        Ministry of Science and ICT | kr.msit
        科学技術情報通信部 | kr.msit
        韓国科学技術情報通信部 | kr.msit
        개인정보보호위원회 | kr.pipc
        PIPC | kr.pipc
        방송통신위원회 | kr.kcc
        한국지능정보사회진흥원 | kr.nia
        NIA | kr.nia
        NIPA | kr.nipa
        IITP | kr.iitp
        한국인터넷진흥원 | kr.kisa
        KISA | kr.kisa
        한국전자통신연구원 | kr.etri
        ETRI | kr.etri
        韓国電子通信研究院 | kr.etri
        AI안전연구소 | kr.aisi
        KAIST | kr.kaist
        서울대학교 | kr.snu
        연합뉴스 | kr.yonhap
        韓聯社 | kr.yonhap
        韩联社 | kr.yonhap
        Yonhap News Agency | kr.yonhap
        네이버 | kr.naver
        企画財政部 | kr.moef
        韓国企画財政部 | kr.moef
        韩国企划财政部 | kr.moef
        保健福祉部 | kr.mohw
        韓國保健福祉部 | kr.mohw
        산업통상자원부 | kr.motie
        産業通商資源部 | kr.motie
        統計庁 | kr.kostat
        韓国疾病管理庁 | kr.kdca
        韓国国税庁 | kr.nts
        韓国中小ベンチャー企業部 | kr.mss
        주식회사 연합뉴스 | kr.yonhap
        대외경제정책연구원 | kr.kiep
        臺北駐日經濟文化代表處 | tw.mofa.teco-jp
        台北駐日経済文化代表処 | tw.mofa.teco-jp
        臺灣日本關係協會 | tw.tjra
        亞東關係協會 | tw.tjra
        數位發展部資通安全署 | tw.moda.acs
        經濟部產業發展署 | tw.moea.ida
        經濟部工業局 | tw.moea.idb
        国务院新闻办公室 | cn.scio
        国新办 | cn.scio
        国务院台湾事务办公室 | cn.taiwan
        """;

    public static TheoryData<string, string> Parse(string table)
    {
        var data = new TheoryData<string, string>();
        foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.LastIndexOf('|');
            data.Add(line[..bar].Trim(), line[(bar + 1)..].Trim());
        }

        return data;
    }
}
