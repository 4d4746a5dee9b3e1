"""A complete meeting record used to trial-render templates when they are checked.

It is the reference record of the project (Azerbaijan–Kyrgyzstan, Baku,
2 July 2021) with one objective added, so every section of both document
kinds has something to print, in French, English and Russian.
"""

SAMPLE_MEETING = {'id': '5f1c9d52-6a0e-4c55-9a77-2b1d1f0e7a01',
 'status': 'final',
 'classification': 'public',
 'kind': 'official_visit',
 'format': 'extended',
 'our_side': 'host',
 'date': '2021-07-02',
 'end_date': None,
 'place': {'city': {'en': 'Baku', 'fr': 'Bakou', 'ru': 'Баку'}, 'country': 'AZ', 'venue': None},
 'publication': {'agency': 'AZERTAC',
                 'publisher': None,
                 'dateline': {'en': 'Baku', 'fr': 'Bakou', 'ru': 'Баку'},
                 'date': '2021-07-02',
                 'attribution': None},
 'occasion': None,
 'initiated_by': None,
 'participants': [{'ref': 'p1',
                   'side': 'host',
                   'role': 'principal',
                   'name': {'en': 'Jeyhun Bayramov',
                            'fr': 'Djeyhoun Baïramov',
                            'ru': 'Джейхун Байрамов',
                            'az': 'Ceyhun Bayramov'},
                   'gender': 'm',
                   'title': {'en': 'Minister of Foreign Affairs',
                             'fr': 'ministre des Affaires étrangères',
                             'ru': 'министр иностранных дел'},
                   'country': 'AZ',
                   'organization': None},
                  {'ref': 'p2',
                   'side': 'guest',
                   'role': 'principal',
                   'name': {'en': 'Ruslan Kazakbaev',
                            'fr': 'Rouslan Kazakbaïev',
                            'ru': 'Руслан Казакбаев'},
                   'gender': 'm',
                   'title': {'en': 'Minister of Foreign Affairs',
                             'fr': 'ministre des Affaires étrangères',
                             'ru': 'министр иностранных дел'},
                   'country': 'KG',
                   'organization': None}],
 'topics': ['bilateral_agenda', 'international_organizations', 'regional_security'],
 'cooperation_areas': ['economy',
                       'trade',
                       'transport',
                       'transit',
                       'investment',
                       'agriculture',
                       'tourism',
                       'humanitarian',
                       'culture',
                       'education'],
 'statements': [{'speaker': 'p1',
                 'verb': 'said',
                 'text': {'fr': 'les liens historiques, culturels et religieux unissant les '
                                'peuples azerbaïdjanais et kirghiz forment le socle des relations '
                                "entre les deux pays, et il s'est félicité du développement des "
                                "relations bilatérales d'amitié et de coopération",
                          'en': 'the historical, cultural and religious ties uniting the '
                                'Azerbaijani and Kyrgyz peoples form the foundation of relations '
                                'between the two countries, and welcomed the development of '
                                'bilateral relations of friendship and cooperation',
                          'ru': 'исторические, культурные и религиозные узы, связывающие '
                                'азербайджанский и кыргызский народы, составляют основу отношений '
                                'между двумя странами, и приветствовал развитие двусторонних '
                                'отношений дружбы и сотрудничества'}},
                {'speaker': 'p1',
                 'verb': 'noted',
                 'text': {'fr': 'les visites mutuelles de haut niveau donnent un élan au '
                                'développement des relations, et que la partie azerbaïdjanaise '
                                'apprécie hautement le soutien du Kirghizistan, pays ami, à la '
                                "position de l'Azerbaïdjan fondée sur le droit international",
                          'en': 'mutual high-level visits give momentum to the development of '
                                'relations, and that the Azerbaijani side highly values the '
                                "support of Kyrgyzstan, a friendly country, for Azerbaijan's "
                                'position based on international law',
                          'ru': 'взаимные визиты на высоком уровне придают импульс развитию '
                                'отношений и что азербайджанская сторона высоко ценит поддержку '
                                'дружественным Кыргызстаном позиции Азербайджана, основанной на '
                                'нормах международного права'}},
                {'speaker': 'p2',
                 'verb': 'said',
                 'text': {'fr': "son pays attache de l'importance aux relations avec l'Azerbaïdjan "
                                "et souhaite porter les relations bilatérales au niveau d'un "
                                'partenariat stratégique',
                          'en': 'his country attaches importance to relations with Azerbaijan and '
                                'wishes to raise bilateral relations to the level of a strategic '
                                'partnership',
                          'ru': 'его страна придаёт большое значение отношениям с Азербайджаном '
                                'и стремится поднять двусторонние отношения до уровня '
                                'стратегического партнёрства'}},
                {'speaker': 'both',
                 'verb': 'stressed',
                 'text': {'fr': "l'importance de soutenir les travaux de la Commission "
                                "intergouvernementale et d'organiser des forums d'affaires, "
                                'notamment pour attirer des investisseurs dans la zone franche '
                                "d'Alat",
                          'en': 'the importance of supporting the work of the Intergovernmental '
                                'Commission and of organising business forums, in particular to '
                                'attract investors to the Alat Free Economic Zone',
                          'ru': 'важность поддержки работы Межправительственной комиссии и '
                                'проведения бизнес-форумов, в том числе для привлечения инвесторов '
                                'в Алятскую свободную экономическую зону'}},
                {'speaker': 'p1',
                 'verb': 'informed',
                 'text': {'fr': 'la situation dans la région après le conflit, notamment les '
                                'destructions subies pendant des décennies par les territoires '
                                "libérés, le patrimoine historique et culturel et l'environnement, "
                                'la menace des mines terrestres, ainsi que les travaux de '
                                'restauration et de construction en cours',
                          'en': 'the situation in the region after the conflict, in particular the '
                                'destruction suffered over decades by the liberated territories, '
                                'the historical and cultural heritage and the environment, the '
                                'threat of landmines, and the restoration and construction work '
                                'under way',
                          'ru': 'ситуации в регионе после конфликта, в том числе о разрушениях, '
                                'которым десятилетиями подвергались освобождённые территории, '
                                'историческое и культурное наследие и окружающая среда, об угрозе '
                                'мин, а также о ведущихся восстановительных и строительных работах'}}],
 'documents_signed': [{'type': 'cooperation_programme',
                       'title': {'fr': 'Programme de coopération entre le ministère des Affaires '
                                       "étrangères de la République d'Azerbaïdjan et le ministère "
                                       'des Affaires étrangères de la République kirghize pour '
                                       '2021-2022',
                                 'en': 'Programme of Cooperation between the Ministry of Foreign '
                                       'Affairs of the Republic of Azerbaijan and the Ministry of '
                                       'Foreign Affairs of the Kyrgyz Republic for 2021-2022',
                                 'ru': 'Программа сотрудничества между Министерством иностранных '
                                       'дел Азербайджанской Республики и Министерством иностранных '
                                       'дел Кыргызской Республики на 2021–2022 годы'},
                       'period': '2021-2022',
                       'signed_by': ['p1', 'p2']}],
 'invitations': [],
 'anniversaries': [{'ordinal': 30, 'subject': 'diplomatic_relations', 'year': 2022}],
 'next_steps': [],
 'internal': {'objectives': [{'fr': 'Confirmer la tenue de la commission intergouvernementale',
                              'en': 'Confirm the intergovernmental commission',
                              'ru': 'Подтвердить проведение заседания межправительственной комиссии'}],
              'talking_points': [],
              'sensitivities': None,
              'recommendation': None,
              'prepared_by': None,
              'cleared_by': None},
 'notes': None}
