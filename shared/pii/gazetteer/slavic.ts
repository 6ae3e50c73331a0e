// Ukrainian and Russian given names (with the short forms people go by) and family names, in the
// German, English and Ukrainian transliterations found on documents, and in Cyrillic.

export const SLAVIC_GIVEN_NAMES = `
Oleksandr Olexandr Oleksander Aleksandr Aleksander Olena Olha Olga Natalia Nataliia Natalija Natalja
Natalya Tetiana Tetyana Tatiana Tatjana Tatyana Iryna Irina Andrii Andriy Andrij Andrej Andrey Serhii
Serhiy Serhij Sergej Sergey Sergei Sergii Dmytro Dmitri Dmitrij Dmitry Mykola Nikolai Nikolaj Volodymyr
Vladimir Wladimir Yuliia Yulia Julija Julia Oksana Svitlana Swetlana Svetlana Viktoriia Kateryna
Ekaterina Jekaterina Anastasiia Anastasia Anastasija Maksym Maxim Maksim Bohdan Taras Ivan Iwan Petro
Pjotr Petr Vasyl Wassili Vasily Yurii Yuriy Juri Jurij Ihor Igor Oleh Oleg Vitalii Vitaliy Witali
Ruslan Artem Artjom Artyom Denys Denis Pavlo Pawel Pavel Mariia Marija Halyna Galina Valentyna
Walentina Valentina Nadiia Nadija Nadezhda Liudmyla Lyudmila Ljudmila Larysa Larisa Mykhailo Mychajlo
Mikhail Michail Stepan Yaroslav Jaroslaw Yaroslava Vadym Vadim Yevhen Jewgeni Evgeny Evgenij Yevhenii
Kostiantyn Anatolii Anatoli Valerii Valeri Vitalij Borys Boris Hryhorii Grigori Leonid Mykyta
Nikita Danylo Danilo Illia Ilja Ilya Kyrylo Kirill Tymofii Timofei Matvii Matvej Yaryna Solomiia Sofiia
Zlata Daryna Darina Darja Daria Polina Alina Yana Khrystyna Kristina Oleksandra Aleksandra Liliia
Lilija Inna Alla Zoya Raisa Nina Lesia Lesya Ulyana Uljana Veronika Vira Lyubov Ljubow Tamara Lidiia
Lidija Maryna Yelyzaveta Elizaveta Jelisaweta Vlada Vladyslav Wladislaw Vladislav Rostyslav Sviatoslav
Myroslav Myroslava Ostap Oles Orest Nazarii Arsenii Arseni Tymur Gennadii Gennadi Heorhii Georgi Fedir
Fjodor Fedor Semen Semjon Yakiv Jakow Zakhar Sachar Zinaida Sasha Sascha Mischa Misha Kolya Kolja Vova
Volodya Tanja Tanya Dima Sveta Katja Katya Natascha Natasha Olja Olya Yura Jura Zhenya Schenja Nastja
Nastya Petja Vanja Vanya Lyosha Aljoscha Dasha Dascha Mascha Masha Ljuba Galja Halia Oksanka Sonja
Yevheniia Evgenia Jewgenija Viktoriya Wiktorija Anzhelika Angelika Snizhana Snezhana Liliya Inessa
Alona Alyona Aljona Olesia Olesya Marharyta Margarita Diana Taisiia Vasylyna Kseniia Ksenia Xenia
Oleksii Oleksiy Aleksei Alexei Alexej Anton Artur Bogdan Danil Denys Eduard Gleb Hlib Ihor Kostya
Lev Luka Matvey Mykhaylo Nazar Pavlik Sava Stas Stanislav Timofey Vasyl Vitya Yevgen Zhenia
Олександр Олександра Олена Ольга Наталія Наталья Наталия Тетяна Татьяна Ірина Ирина Андрій Андрей
Сергій Сергей Дмитро Дмитрий Микола Николай Володимир Владимир Юлія Юлия Оксана Світлана Светлана
Вікторія Виктория Катерина Екатерина Анастасія Анастасия Максим Богдан Тарас Іван Иван Петро Пётр Петр
Василь Василий Юрій Юрий Ігор Игорь Олег Віталій Виталий Руслан Артем Артём Денис Павло Павел Марія
Мария Ганна Анна Галина Валентина Надія Надежда Людмила Лариса Михайло Михаил Степан Ярослав Ярослава
Вадим Євген Евгений Костянтин Константин Анатолій Анатолий Валерій Валерий Віктор Виктор Борис Григорій
Григорий Леонід Леонид Микита Никита Данило Даниил Ілля Илья Кирило Кирилл Тимофій Тимофей Софія София
Злата Дарина Дарья Поліна Полина Аліна Алина Яна Христина Кристина Лілія Лилия Інна Инна Алла Зоя Раїса
Раиса Ніна Нина Леся Уляна Ульяна Вероніка Вероника Віра Вера Любов Любовь Тамара Лідія Лидия Марина
Єлизавета Елизавета Влада Владислав Ростислав Святослав Мирослав Мирослава Остап Орест Марта Назар
Арсеній Арсений Тимур Едуард Эдуард Геннадій Геннадий Федір Фёдор Федор Семен Семён Яків Яков Захар
Зінаїда Зинаида Саша Миша Коля Вова Таня Дима Света Катя Наташа Оля Юра Женя Настя Петя Ваня Лёша
Алексей Олексій Даша Маша Лена Люба Галя Євгенія Евгения Ксенія Ксения Маргарита Діана Диана
Ахмед Ахмад Мухаммед Мухаммад Магомед Али Алі Хасан Гасан Хусейн Гусейн Омар Юсуф Ибрагим Ісмаїл Исмаил
Мустафа Фатима Фатіма Айша Марьям Лейла Зейнаб Рустам Руслан Тимур Камила Эльвира Ельвіра Зарина
`;

export const SLAVIC_FAMILY_NAMES = `
Shevchenko Schewtschenko Kovalenko Kowalenko Bondarenko Tkachenko Tkatschenko Kravchenko Krawtschenko
Oliinyk Olijnyk Oleynik Shevchuk Schewtschuk Koval Kowal Polishchuk Bondar Moroz Melnyk Melnik Boyko
Boiko Tkachuk Tkatschuk Savchenko Rudenko Marchenko Lysenko Lyssenko Petrenko Kovalchuk Kowaltschuk
Ivanov Iwanow Petrov Petrow Smirnov Smirnow Kuznetsov Kusnezow Popov Popow Sokolov Sokolow Volkov
Wolkow Morozov Morosow Ivanova Iwanowa Petrova Petrowa Smirnova Kuznetsova Popova Sokolova Volkova
Morozova Novikov Nowikow Novikova Fedorov Fjodorow Pavlenko Pawlenko Kharchenko Levchenko Lewtschenko
Karpenko Ponomarenko Klymenko Klimenko Zinchenko Yurchenko Jurtschenko Kostenko Kuzmenko Vasylenko
Wasylenko Moskalenko Romanenko Danylenko Hrytsenko Mazur Kravets Krawez Kushnir Lytvynenko Litvinenko
Honchar Gontschar Ostapenko Yakovenko Symonenko Sydorenko Demchenko Semenko Panchenko Bilous
Tymoshenko Timoschenko Hnatiuk Martyniuk Marchuk Savchuk Romaniuk Kovalyk Stepanenko Kolesnyk Tkach
Kravchuk Prykhodko Pryhodko Didenko Shapoval Shulha Dyachenko Kyrylenko Semeniuk Zaitsev Saizew
Zaitseva Kozlov Koslow Lebedev Lebedew Egorov Jegorow Pavlov Pawlow Kozlova Lebedeva Pavlova Orlov
Orlow Makarov Makarow Nikolaev Nikolajew Andreev Andrejew Sergeev Sergejew Mikhailov Michailow
Alekseev Aleksejew Dmitriev Vasiliev Wassiljew Stepanov Yakovlev Jakowlew Semenov Semjonow Fedorova
Zakharov Sacharow Gusev Gussew Romanov Romanow Kovalev Kowaljow Belov Below Medvedev Medwedew Kiselev
Kisseljow Bogdanov Bogdanow Vinogradov Tarasov Frolov Frolow Kuzmin Kusmin Melnikov Melnikow Antonov
Antonow Shcherbakov Tkachev Grigoryev Komarov Komarow Kovalenko Hrytsyshyn Humeniuk Karpiuk Kostiuk
Levytskyi Levytska Lysak Matviienko Nesterenko Pylypenko Sheremet Sirenko Voloshyn Yaremchuk Zhuk
Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар Мороз Мельник
Бойко Ткачук Савченко Руденко Марченко Лисенко Петренко Ковальчук Іванов Иванов Петров Смирнов Кузнецов
Попов Соколов Волков Морозов Іванова Иванова Петрова Смирнова Кузнецова Попова Соколова Волкова
Морозова Новиков Новикова Федоров Фёдоров Павленко Харченко Левченко Карпенко Пономаренко Клименко
Зінченко Юрченко Костенко Кузьменко Василенко Москаленко Романенко Даниленко Гриценко Мазур Кравець
Кушнір Литвиненко Гончар Остапенко Яковенко Симоненко Сидоренко Демченко Панченко Білоус Тимошенко
Гнатюк Мартинюк Марчук Савчук Романюк Степаненко Колесник Ткач Кравчук Приходько Діденко Шаповал Шульга
Дяченко Кириленко Семенюк Зайцев Зайцева Козлов Козлова Лебедев Лебедева Егоров Павлов Павлова Орлов
Макаров Николаев Андреев Сергеев Михайлов Алексеев Дмитриев Васильев Степанов Яковлев Семенов Захаров
Гусев Романов Ковалев Ковалёв Белов Медведев Киселев Богданов Виноградов Тарасов Фролов Кузьмин
Мельников Антонов Щербаков Ткачев Григорьев Комаров
`;
