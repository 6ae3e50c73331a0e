// German given names and family names: volunteers, case workers, landlords and teachers are named
// in notes as often as the people the round table helps.

export const GERMAN_GIVEN_NAMES = `
Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Günter Günther Stefan Stephan Christian Uwe Werner
Horst Dieter Manfred Gerhard Hans Bernd Martin Ulrich Matthias Helmut Heinz Markus Marcus Jörg Joachim
Rainer Reinhard Karl Carl Walter Friedrich Heinrich Wilhelm Hermann Josef Joseph Georg Ludwig Otto Kurt
Rolf Norbert Herbert Harald Detlef Holger Ralf Ralph Torsten Thorsten Jens Sven Lars Kai Dirk Volker Gerd
Gert Egon Erwin Alfred Rudolf Siegfried Hubert Hartmut Lothar Roland Bernhard Konrad Albert Anton Franz
Johann Johannes Jakob Jacob Paul Max Felix Lukas Lucas Leon Jonas Elias Noah Ben Finn Luca Luis Louis
Emil Henry Theo Jan Tim Tom Florian Tobias Sebastian Daniel Alexander Simon Philipp Benedikt Moritz
David Fabian Julian Dominik Patrick Marcel Kevin Dennis Nico Niklas Nils Erik Eric Timo Jannik Lennart
Till Ole Malte Hannes Frederik Vincent Valentin Konstantin Benjamin Christoph Christopher Gregor Ingo Olaf
Rüdiger Gunter Gottfried Ewald Fritz Gustav Ernst Hugo Oskar Arthur Bruno Wolf Wolfram Ulf Axel Achim
Armin Benno Bodo Claus Eberhard Erich Erhard Frank Gerald Guido Hanno Heiko Helge Hendrik Henning Jochen
Kaspar Knut Lutz Marc Mark Mathias Meinrad Michel Nikolaus Oliver Reiner Robert Robin Rupert Steffen
Tilman Tilo Udo Veit Wendelin Winfried Gebhard Konradin Lorenz Clemens Raphael Rafael Adrian Manuel
Sabine Ursula Monika Petra Claudia Susanne Andrea Birgit Gabriele Gabi Karin Renate Christine Christina
Brigitte Elke Ingrid Helga Barbara Anna Anne Maria Marie Julia Katharina Lena Laura Lea Leah Sophie Sofie
Hannah Hanna Emma Mia Emilia Clara Klara Lina Luisa Louisa Johanna Charlotte Amelie Greta Ida Frieda Mila
Marlene Nele Paula Pia Jana Jasmin Lisa Lara Sarah Sara Stefanie Stephanie Nicole Melanie Tanja Sandra
Daniela Nadine Simone Silke Heike Anke Antje Beate Bettina Carola Cornelia Doris Dorothea Edith Elisabeth
Elfriede Erika Eva Franziska Gisela Hannelore Hedwig Heidi Hildegard Ilse Inge Irene Iris Jutta Kerstin
Kirsten Lieselotte Margarete Margit Marianne Marion Martha Martina Michaela Nina Regina Rita Rosemarie Ruth
Silvia Sylvia Sonja Ulrike Ute Vera Verena Waltraud Angelika Annette Astrid Bärbel Christa Dagmar Diana
Elena Gertrud Gudrun Ines Isabel Jacqueline Judith Katrin Kathrin Katja Lydia Magdalena Manuela Miriam
Nadja Natalie Patricia Ramona Rebecca Sabrina Svenja Theresa Tina Yvonne Annika Carina Denise Janina
Jessica Josephine Kristina Larissa Leonie Madeleine Marina Mareike Maren Merle Nora Rosa Rose Selina
Swantje Tabea Vanessa Viktoria Wiebke Lotte Hanne Helene Irmgard Luise Mathilde Theresia Henrike Hilde
Heide Anja Britta Dorothee Gesine Hanna Imke Insa Kathrin Lisa Marlies Nicola Rebekka Roswitha Sigrid
Susann Traudl Ulla
`;

export const GERMAN_FAMILY_NAMES = `
Müller Schmidt Schneider Fischer Weber Meyer Meier Mayer Maier Wagner Becker Schulz Schulze Hoffmann
Hofmann Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange
Schmitt Werner Schmitz Krause Lehmann Köhler Herrmann Walter König Huber Kaiser Fuchs Peters Lang
Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck
Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt
Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn
Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Maurer Hummel Riedel Frey
Bühler Moser Kessler Schäfer Lehner Hauser Wild Fink Heller Kramer Seitz Stark Ritter Sturm
Strauß Scherer Bach Kuhlmann Thiel Mohr Baier Bayer Dorn Eckert Forster Gärtner Hess Kern Kirchner
Langer Löffler Martens Nagel Ott Pietsch Reuter Rieger Sander Sattler Schenk Schilling Schlegel Schwab
Seifert Stahl Thome Unger Vollmer Weiss Wendt Wiedemann Wirth Wolter Zeller Zimmer Allgaier Bührer
Gassner Hafner Kienzle Mayr Raible Renz Rimmele Stoll Straub Wehrle Hägele Häusler Schmid Baur Bader
Brugger Eberle Fritsch Gruber Haug Jehle Kaufmann Kopp Kübler Merk Mögle Rapp Reiser Schaller
Schuler Schwörer Weißhaupt Wetzel Würth Zepf
`;
