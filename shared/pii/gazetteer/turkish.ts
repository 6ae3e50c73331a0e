// Turkish given names and family names, with and without Turkish letters (Yılmaz/Yilmaz).

export const TURKISH_GIVEN_NAMES = `
Mehmet Ahmet Hüseyin İbrahim Murat Ömer Kemal Burak Emre Serkan Cem Can Deniz Umut Eren Emir Enes
Furkan Gökhan Hakan Halil İsmail Kadir Kerem Kaan Mert Metin Onur Orhan Ramazan Recep Selim Semih
Serdar Sinan Taner Tolga Tuncay Uğur Volkan Adem Baran Batuhan Berk Bülent Cengiz Cihan Erdem Erkan
Ercan Erol Fatih Ferhat Fikret Gürkan Haydar İlhan Kenan Levent Mahmut Melih Mesut Muhammet Mücahit
Necati Nihat Oğuz Okan Ozan Özgür Rıza Sait Sedat Şahin Şükrü Tarık Tayfun Turgut Vedat Yakup Yavuz
Yiğit Zeki Cemal Celal Davut Ekrem Engin Erhan Ertan Eyüp Hamit Harun Hikmet İlker İsa Kazım Koray
Mevlüt Muharrem Nazım Nevzat Nurettin Orhun Rahmi Recai Remzi Sabri Şenol Serhat Sezgin Soner Süleyman
Şükrü Tahsin Talha Tuncer Ufuk Yunus Yusuf Zafer Ayşe Hatice Emine Zeynep Elif Meryem Şerife Zehra
Hülya Hanife Merve Esra Büşra Kübra Özlem Derya Ebru Gülsüm Gülşen Hacer Havva Melek Nuray Rabia
Sevgi Sibel Songül Tuba Tuğba Yasemin Yeter Ayla Aylin Aysel Aynur Ayten Berna Burcu Canan Cansu Ceren
Damla Dilek Duygu Ece Eda Emel Esin Fadime Feride Filiz Gizem Gonca Gözde Gülay Hande Irmak İpek
Melike Nazlı Pınar Sema Semra Serap Seda Selin Serpil Sevda Şule Tülay Tülin Ümran Zerrin Zübeyde
Asiye Azize Dilara Elçin Nilay Nilüfer Özge Şeyma Sümeyye Betül Beyza Hilal İrem Ecrin Eylül Azra
Defne Miray Zümra Elvan Gülizar Gülten Hacer Nermin Nuran Perihan Saadet Sevim Sultan Şükran Türkan
`;

export const TURKISH_FAMILY_NAMES = `
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
Koç Özkan Şimşek Polat Erdoğan Korkmaz Karaca Güneş Bulut Akın Aktaş Altun Avcı Bozkurt Çakır Çiftçi
Coşkun Demirci Ergün Gündoğdu Güler Işık Kahraman Kalkan Karakaya Kaplan Keskin Kocabaş Özer Özbek
Tekin Temel Turan Uçar Uysal Ünal Yalçın Yücel Yüksel Acar Ateş Bayram Bektaş Bozdağ Çınar Duman
Ekinci Günay Karataş Kaçar Kılınç Karakuş Kocaman Aksoy Akbulut Ayhan Bilgin Bilgiç Çoban Dinç Genç
Güven Kaymaz Koçak Köse Mutlu Oktay Önal Özcan Özkaya Soylu Yazıcı Zengin Akgül Akyol Albayrak Aydoğan
Başaran Çalışkan Demirel Durmaz Eker Erdem Gül Günes Gürbüz Kandemir Karadağ Kartal Kaya Kocaoğlu Kurt
Oğuz Sarıkaya Savaş Sezer Sönmez Tan Taşkın Toprak Türkmen Uzun Yavuz Yiğit Yurt Yüce Zorlu
`;
